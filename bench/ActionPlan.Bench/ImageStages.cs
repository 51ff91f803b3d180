using ActionPlan.Images;
using BenchmarkDotNet.Attributes;

namespace ActionPlan.Bench;

/// <summary>
/// The build's own image work on a photograph-sized picture (2000 × 1000, a gradient with noise, as the image tests
/// once used in Debug): the area-averaging resampler to each default width, and the PNG encoder at full size and at 960.
/// </summary>
[MemoryDiagnoser]
public class ImageStages
{
    private Pixels _large = null!;
    private Pixels _medium = null!;
    private byte[] _png = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (width, height) = (2000, 1000);
        var rgba = new byte[width * height * 4];
        var random = new Random(2000);
        for (var i = 0; i < rgba.Length; i += 4)
        {
            var (x, y) = (i / 4 % width, i / 4 / width);
            (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = ((byte)(x * 255 / (width - 1)), (byte)(y * 255 / (height - 1)), (byte)random.Next(256), 255);
        }

        _large = new Pixels(width, height, rgba);
        _medium = _large.Reduced(960, 480);
        _png = ImageEncoder.Png(_large);
    }

    /// <summary>The three copies a build makes of a wide image (1600, 960 and 480 pixels wide).</summary>
    [Benchmark]
    public int Reduce() => _large.Reduced(1600, 800).Width + _large.Reduced(960, 480).Width + _large.Reduced(480, 240).Width;

    [Benchmark]
    public int EncodePng2000() => ImageEncoder.Png(_large).Length;

    [Benchmark]
    public int EncodePng960() => ImageEncoder.Png(_medium).Length;

    /// <summary>Reading the PNG back, as a build does before it resizes.</summary>
    [Benchmark]
    public int DecodePng2000() => Pixels.Decode(_png)!.Width;
}

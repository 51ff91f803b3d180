using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ActionPlan.Caching;

/// <summary>
/// A cache key: a SHA-256 over the values a result depends on, each written with its length so that no two lists of
/// values give the same bytes ("ab" + "c" is not "a" + "bc").
/// </summary>
internal sealed class KeyBuilder
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds bytes.</summary>
    public KeyBuilder Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>Adds a text.</summary>
    public KeyBuilder Add(string text) => Add(Encoding.UTF8.GetBytes(text));

    /// <summary>Adds a number.</summary>
    public KeyBuilder Add(long number)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, number);
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>Adds texts, in order.</summary>
    public KeyBuilder Add(IEnumerable<string> texts)
    {
        var list = texts.ToList();
        Add(list.Count);
        foreach (var text in list)
        {
            Add(text);
        }

        return this;
    }

    /// <summary>A file as its path, size and last change (for large files that do not change between builds, like dictionaries); absent, as such.</summary>
    public KeyBuilder AddFile(string path)
    {
        var file = new FileInfo(path);
        return Add(path).Add(file.Exists ? file.Length : -1).Add(file.Exists ? file.LastWriteTimeUtc.Ticks : 0);
    }

    /// <summary>The key's bytes.</summary>
    public byte[] Digest() => _hash.GetHashAndReset();

    /// <summary>The key as text, for a dictionary's key.</summary>
    public string Text() => Convert.ToHexString(Digest());
}

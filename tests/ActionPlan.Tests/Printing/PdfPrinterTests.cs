using System.Text;
using ActionPlan.Printing;

namespace ActionPlan.Tests.Printing;

/// <summary>What the printer changes in a PDF Chromium wrote: the moment and the machine's zone, the identifiers; nothing else, and no byte offset.</summary>
public sealed class PdfPrinterTests
{
    private static readonly PrintJob Job = new("en/status/2008/index.html", "en/status/2008/status-2008-en.pdf", "City of Copenhagen", 2008, new DateOnly(2008, 12, 31));

    private static string Pdf(string created, string zone, string id, string uuid) =>
        $"%PDF-1.4\n1 0 obj\n<</Title (Status)\n/CreationDate (D:{created}{zone})\n/ModDate (D:{created}{zone})>>\nendobj\n" +
        $"2 0 obj\n<</Length 60>>stream\n<xmp:CreateDate>2026-12-03T14:15:03+01:00</xmp:CreateDate>{uuid}\nendstream\n" +
        $"trailer\n<</Size 3 /Root 1 0 R /ID [<{id}> <{id}>]>>\nstartxref\n123\n%%EOF\n";

    [Fact]
    public void The_moment_of_printing_and_the_identifiers_become_the_documents_own_at_the_same_length()
    {
        var one = Encoding.Latin1.GetBytes(Pdf("20261203141503", "+01'00'", "0123456789abcdef0123456789abcdef", "uuid:11111111-2222-3333-4444-555555555555"));
        var other = Encoding.Latin1.GetBytes(Pdf("20270101093000", "-05'00'", "fedcba9876543210fedcba9876543210", "uuid:99999999-8888-7777-6666-555555555555"));

        var settled = PdfPrinter.Settle(one, Job);
        Assert.Equal(one.Length, settled.Length);
        Assert.Equal(settled, PdfPrinter.Settle(other, Job));
        var text = Encoding.Latin1.GetString(settled);
        Assert.Contains("/CreationDate (D:20081231000000+00'00')", text, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2008-12-31T00:00:00+00:00</xmp:CreateDate>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", text, StringComparison.Ordinal);
        Assert.DoesNotContain("11111111-2222", text, StringComparison.Ordinal);
        Assert.Contains("/Title (Status)", text, StringComparison.Ordinal);
        Assert.Contains("startxref\n123\n", text, StringComparison.Ordinal);
    }
}

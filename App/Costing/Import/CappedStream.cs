using static SellerConsole.Costing.Import.UploadLimits;

namespace SellerConsole.Costing.Import;

/// <summary>Bytes unzipped so far across every part of one upload.</summary>
internal sealed class UnzipBudget
{
    public long Read;
}

/// <summary>Counts what is really unzipped: more than the part declared, or than all parts may hold, is refused.</summary>
internal sealed class CappedStream(Stream inner, long declared, UnzipBudget budget) : Stream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int read)
    {
        _read += read;
        budget.Read += read;
        if (budget.Read > MaxUnzippedBytes)
        {
            throw UnzipsTooLarge();
        }
        return _read > declared ? throw new InvalidDataException("The file is not a readable .xlsx workbook: a part unzips to more than it declares.") : read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}

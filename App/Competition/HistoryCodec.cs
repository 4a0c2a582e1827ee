namespace SellerConsole.Competition;

/// <summary>
/// The blob format of one ASIN-series: change-points only, at minute resolution (Keepa's own), as
/// LEB128 varints. Per point: (minutes since the previous point × 2 + gap bit), then for a value the
/// zig-zag delta from the previous value. Prices that move by pence and ranks that drift cost 2-4
/// bytes a point instead of 16+ as rows.
/// </summary>
public static class HistoryCodec
{
    private const byte Version = 1;
    private static readonly long EpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>Points must be in time order; times are floored to the minute (see <see cref="HistoryMerge.Normalize"/>).</summary>
    public static byte[] Encode(IReadOnlyList<HistoryPoint> points)
    {
        var buffer = new List<byte>(points.Count * 4 + 8) { Version };
        WriteUnsigned(buffer, (ulong)points.Count);
        long previousMinute = 0;
        long previousValue = 0;
        foreach (var point in points)
        {
            var minute = Minute(point.Utc);
            if (minute < previousMinute)
            {
                throw new ArgumentException($"History points must be in time order ({point.Utc:O} comes after a later point).", nameof(points));
            }
            WriteUnsigned(buffer, (ulong)(minute - previousMinute) << 1 | (point.Value is null ? 1UL : 0UL));
            if (point.Value is { } value)
            {
                WriteUnsigned(buffer, ZigZag(value - previousValue));
                previousValue = value;
            }
            previousMinute = minute;
        }
        return [.. buffer];
    }

    public static List<HistoryPoint> Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0 || data[0] != Version)
        {
            throw new FormatException($"Not a history blob of version {Version}.");
        }
        var position = 1;
        var count = checked((int)ReadUnsigned(data, ref position));
        var points = new List<HistoryPoint>(count);
        long minute = 0;
        long value = 0;
        for (var i = 0; i < count; i++)
        {
            var head = ReadUnsigned(data, ref position);
            minute += (long)(head >> 1);
            if ((head & 1) == 1)
            {
                points.Add(new HistoryPoint(ToUtc(minute), null));
                continue;
            }
            value += UnZigZag(ReadUnsigned(data, ref position));
            points.Add(new HistoryPoint(ToUtc(minute), value));
        }
        if (position != data.Length)
        {
            throw new FormatException($"History blob has {data.Length - position} trailing byte(s).");
        }
        return points;
    }

    public static DateTime FloorToMinute(DateTime utc) => ToUtc(Minute(utc));

    private static long Minute(DateTime utc)
    {
        if (utc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException($"History times must be UTC, got Kind={utc.Kind}.", nameof(utc));
        }
        if (utc.Ticks < EpochTicks)
        {
            throw new ArgumentOutOfRangeException(nameof(utc), utc, "History starts in 2000.");
        }
        return (utc.Ticks - EpochTicks) / TimeSpan.TicksPerMinute;
    }

    private static DateTime ToUtc(long minute) => new(EpochTicks + minute * TimeSpan.TicksPerMinute, DateTimeKind.Utc);

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static void WriteUnsigned(List<byte> buffer, ulong value)
    {
        while (value >= 0x80)
        {
            buffer.Add((byte)(value | 0x80));
            value >>= 7;
        }
        buffer.Add((byte)value);
    }

    private static ulong ReadUnsigned(ReadOnlySpan<byte> data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new FormatException("History blob is truncated.");
            }
            var b = data[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
        throw new FormatException("History blob has a varint longer than 64 bits.");
    }
}

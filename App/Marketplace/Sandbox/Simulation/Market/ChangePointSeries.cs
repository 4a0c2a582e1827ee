using System.Runtime.CompilerServices;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// A compact change-point history: strictly increasing times, each point a change from the one
/// before. Several changes at the same second collapse into the last; a change that returns to the
/// previous point's value within the same second removes the point. Points are stored as varint
/// deltas (about 3 bytes a point instead of 8) because two years of histories for thousands of
/// ASINs are mostly these points; the newest point stays unencoded until a later time arrives.
/// Most market events fall on quarter-hour ticks, so a time delta that is a whole number of quarter
/// hours is stored in quarter hours (a day fits one byte), any other in seconds; the low bit says which.
/// </summary>
internal sealed class ChangePointSeries
{
    public const int Absent = -1;
    private const uint AlignedSeconds = 900;

    private byte[] _data = new byte[16];
    private int _length;
    private int _committed;
    private int _lastTime;
    private int _lastValue;
    private bool _hasPending;
    private int _pendingTime;
    private int _pendingValue;

    public int Count => _committed + (_hasPending ? 1 : 0);

    /// <summary>The current value (<see cref="int.MinValue"/> when nothing was recorded).</summary>
    public int Last => _hasPending ? _pendingValue : _committed > 0 ? _lastValue : int.MinValue;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Record(long time, int value)
    {
        var lastTime = _hasPending ? _pendingTime : _lastTime;
        if (Count > 0 && time < lastTime) throw new InvalidOperationException("Change points must move forward in time.");
        if (_hasPending)
        {
            if (time == _pendingTime)
            {
                if (_committed > 0 && value == _lastValue) _hasPending = false;
                else _pendingValue = value;
                return;
            }
            if (value == _pendingValue) return;
            Commit();
        }
        else if (_committed > 0 && value == _lastValue)
        {
            return;
        }
        _hasPending = true;
        _pendingTime = checked((int)time);
        _pendingValue = value;
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Gives back the unused end of the buffer (after a long stretch of history was simulated at once).</summary>
    public void TrimExcess()
    {
        if (_data.Length - _length > 16) Array.Resize(ref _data, _length + 16);
    }

    private void Commit()
    {
        // Grows by half rather than doubling: tens of thousands of these live for the whole run, and
        // a doubled buffer is on average a quarter empty.
        if (_data.Length - _length < 10) Array.Resize(ref _data, _data.Length + Math.Max(16, _data.Length / 2));
        var dt = (uint)(_pendingTime - _lastTime);
        WriteVarint(dt % AlignedSeconds == 0 ? dt / AlignedSeconds << 1 : dt << 1 | 1);
        var delta = _pendingValue - _lastValue;
        WriteVarint((uint)((delta << 1) ^ (delta >> 31)));
        _lastTime = _pendingTime;
        _lastValue = _pendingValue;
        _committed++;
        _hasPending = false;
    }

    private void WriteVarint(uint v)
    {
        while (v >= 0x80)
        {
            _data[_length++] = (byte)(v | 0x80);
            v >>= 7;
        }
        _data[_length++] = (byte)v;
    }

    /// <summary>Walks the points in time order: (time in seconds since history start, value).</summary>
    public struct Enumerator(ChangePointSeries series)
    {
        private int _offset;
        private int _index;
        private int _time;
        private int _value;

        public (int Time, int Value) Current => (_time, _value);

        public bool MoveNext()
        {
            if (_index < series._committed)
            {
                var dt = Read();
                _time += (int)((dt & 1) == 0 ? (dt >> 1) * AlignedSeconds : dt >> 1);
                var zig = Read();
                _value += (int)(zig >> 1) ^ -(int)(zig & 1);
                _index++;
                return true;
            }
            if (_index == series._committed && series._hasPending)
            {
                (_time, _value) = (series._pendingTime, series._pendingValue);
                _index++;
                return true;
            }
            return false;
        }

        private uint Read()
        {
            uint result = 0;
            var shift = 0;
            byte b;
            do
            {
                b = series._data[_offset++];
                result |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);
            return result;
        }
    }
}

using System.Runtime.CompilerServices;

namespace SellerConsole.Marketplace.Sandbox.Simulation.Market;

/// <summary>
/// A compact change-point history: strictly increasing times, each point a change from the one
/// before. Several changes at the same second collapse into the last; a change that returns to the
/// previous point's value within the same second removes the point.
/// </summary>
internal sealed class ChangePointSeries
{
    public const int Absent = -1;

    private int[] _times = new int[8];
    private int[] _values = new int[8];

    public int Count { get; private set; }

    public int TimeAt(int i) => _times[i];

    public int ValueAt(int i) => _values[i];

    public int Last => Count == 0 ? int.MinValue : _values[Count - 1];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Record(long time, int value)
    {
        if (Count > 0 && _times[Count - 1] == time)
        {
            _values[Count - 1] = value;
            if (Count > 1 && _values[Count - 2] == value) Count--;
            return;
        }
        if (Count > 0 && _values[Count - 1] == value) return;
        if (Count > 0 && time < _times[Count - 1]) throw new InvalidOperationException("Change points must move forward in time.");
        if (Count == _times.Length)
        {
            Array.Resize(ref _times, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }
        _times[Count] = checked((int)time);
        _values[Count] = value;
        Count++;
    }
}

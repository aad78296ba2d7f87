namespace Ingest.Normalizers.Dates;

/// <summary>A time of day read from the text, at the precision it was written (hour, minute or second).</summary>
internal struct ClockTime
{
    public int Hour;
    public int Minute;
    public int Second;

    // 0 no time, 1 hour ("7pm"), 2 minute ("7:56"), 3 second ("7:56:30").
    public byte Precision;

    // Whether am/pm (or a part of the day that fixes it) was stated.
    public bool Meridiem;

    // Whether the text marks it unmistakably as a time: minutes, a meridiem, "o'clock", a named hour or a part of the day.
    public bool Strong;

    public readonly bool IsSet => Precision > 0;

    public static ClockTime At(int hour, int minute = 0, byte precision = 1) => new() { Hour = hour, Minute = minute, Precision = precision, Strong = true };
}

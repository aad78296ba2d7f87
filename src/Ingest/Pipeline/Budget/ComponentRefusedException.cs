namespace Ingest.Pipeline;

/// <summary>A component was not run because too many of its earlier workers overran their budget and still run.</summary>
internal sealed class ComponentRefusedException : Exception
{
    public ComponentRefusedException(string component, int running)
        : base($"'{component}' was not run: {running} of its earlier runs overran their time budget and have not ended yet.")
    {
        Component = component;
    }

    public ComponentRefusedException()
    {
        Component = string.Empty;
    }

    public ComponentRefusedException(string message)
        : base(message)
    {
        Component = string.Empty;
    }

    public ComponentRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Component = string.Empty;
    }

    public string Component { get; }
}

namespace Ingest.Plugins.Isolation;

/// <summary>A plugin normalizer threw in its worker process; the message names what it threw.</summary>
internal sealed class IsolatedNormalizerException : Exception
{
    public IsolatedNormalizerException()
    {
    }

    public IsolatedNormalizerException(string message)
        : base(message)
    {
    }

    public IsolatedNormalizerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

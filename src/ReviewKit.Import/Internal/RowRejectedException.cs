namespace ReviewKit.Import.Internal;

/// <summary>Thrown inside a row's mapping to reject the row; caught by the importer and turned into an <see cref="ImportRejection"/>.</summary>
internal sealed class RowRejectedException : Exception
{
    public RowRejectedException(string field, string reason)
        : base($"{field}: {reason}")
    {
        Rejection = new ImportRejection(field, reason);
    }

    public RowRejectedException()
    {
        Rejection = new ImportRejection("(row)", "rejected");
    }

    public RowRejectedException(string message)
        : base(message)
    {
        Rejection = new ImportRejection("(row)", message);
    }

    public RowRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rejection = new ImportRejection("(row)", message);
    }

    public ImportRejection Rejection { get; }
}

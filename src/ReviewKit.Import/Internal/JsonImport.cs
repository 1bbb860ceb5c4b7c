using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReviewKit.Import.Internal;

/// <summary>The loop shared by the JSON importers: stream the elements, deserialize each, map it, report every failure on its row.</summary>
internal static class JsonImport
{
    public static async IAsyncEnumerable<ImportResult> ReadAsync<TDto>(
        Stream utf8Json,
        JsonTypeInfo<TDto> typeInfo,
        Func<TDto, long, ImportResult> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TDto : class
    {
        using var reader = new JsonArrayReader(utf8Json, "reviews");
        long index = 0;
        while (await reader.NextAsync(cancellationToken).ConfigureAwait(false) is { } element)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return MapElement(element.Span, index, typeInfo, map);
            index++;
        }
    }

    private static ImportResult MapElement<TDto>(ReadOnlySpan<byte> element, long index, JsonTypeInfo<TDto> typeInfo, Func<TDto, long, ImportResult> map)
        where TDto : class
    {
        TDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(element, typeInfo);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "(row)" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            return ImportResult.Rejected(index, new ImportRejection(field, "the value does not have the expected JSON type: " + FirstSentence(e.Message)));
        }

        if (dto is null)
        {
            return ImportResult.Rejected(index, new ImportRejection("(row)", "the element is null; a review is a JSON object."));
        }

        try
        {
            return map(dto, index);
        }
        catch (RowRejectedException e)
        {
            return ImportResult.Rejected(index, e.Rejection);
        }
        catch (ArgumentException e)
        {
            // A rule of the core model the field checks above did not anticipate: still a rejection of this row only.
            return ImportResult.Rejected(index, new ImportRejection(e.ParamName ?? "(row)", FirstSentence(e.Message)));
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

namespace Ingest.Chunking;

/// <summary>
/// Chunks one document: walks its body blocks, cuts each into pieces that must stay whole (sentences, table rows,
/// headings), and packs pieces into chunks under the budget. A heading starts a new chunk; a table's header row is
/// repeated in every chunk that holds its rows; a sentence is cut (at spaces, then anywhere) only when it alone is
/// over the budget.
/// </summary>
internal sealed class ChunkingRun(Document document, ChunkingOptions options, CancellationToken cancellationToken)
{
    private readonly ChunkAccumulator _current = new(document, options.TokenCounter);
    private readonly HeadingPath _headings = new();
    private readonly EntityIndex _entities = new(document.Entities);
    private readonly List<Chunk> _chunks = [];
    private readonly List<int> _sentenceEnds = [];
    private readonly int _max = options.MaxTokens;
    private IReadOnlyList<string>? _chunkPath;
    private ChunkPiece? _tableHeader;

    public IReadOnlyList<Chunk> Execute()
    {
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = document.Blocks[i];
            if (block.Kind is BlockKind.Boilerplate or BlockKind.PageHeader or BlockKind.PageFooter || block.Length == 0)
            {
                continue;
            }

            _tableHeader = null;
            switch (block.Kind)
            {
                case BlockKind.Title or BlockKind.Heading:
                    AddHeading(i, block);
                    break;
                case BlockKind.Table:
                    AddTable(i, block);
                    break;
                default:
                    AddSentences(i, block.Start, block.Length);
                    break;
            }
        }

        Flush(carryOverlap: false);
        return _chunks;
    }

    private void AddHeading(int index, Block block)
    {
        if (options.StartChunkAtHeadings && _current.HasContent)
        {
            Flush(carryOverlap: false);
        }

        var text = document.Text.Substring(block.Start, block.Length).Trim();
        _headings.Enter(block.Kind == BlockKind.Title ? 0 : block.Level ?? 1, text);
        Add(Piece(block.Start, block.Length, index, ChunkPieceKind.Heading));
    }

    private void AddSentences(int index, int start, int length)
    {
        _sentenceEnds.Clear();
        SentenceBoundaries.Find(document.Text.AsSpan(start, length), _sentenceEnds);
        var from = 0;
        foreach (var end in _sentenceEnds)
        {
            Add(Piece(start + from, end - from, index, ChunkPieceKind.Text));
            from = end;
        }
    }

    private void AddTable(int index, Block block)
    {
        var rowStart = block.Start;
        var end = block.Start + block.Length;
        var first = true;
        while (rowStart < end)
        {
            var lineFeed = document.Text.IndexOf('\n', rowStart, end - rowStart);
            var rowEnd = lineFeed < 0 ? end : lineFeed + 1;
            if (!document.Text.AsSpan(rowStart, rowEnd - rowStart).IsWhiteSpace())
            {
                var row = Piece(rowStart, rowEnd - rowStart, index, first ? ChunkPieceKind.TableHeader : ChunkPieceKind.TableRow);
                Add(row);

                // A header that takes more than half the budget is not repeated: the rows would hardly fit beside it.
                if (first && row.Tokens * 2 <= _max)
                {
                    _tableHeader = row;
                }

                first = false;
            }

            rowStart = rowEnd;
        }
    }

    private ChunkPiece Piece(int start, int length, int blockIndex, ChunkPieceKind kind) =>
        new(start, length, blockIndex, options.TokenCounter.CountTokens(document.Text.AsSpan(start, length)), kind);

    private void Add(ChunkPiece piece)
    {
        if (_current.TokensWith(piece) <= _max)
        {
            AddToCurrent(piece);
            return;
        }

        Flush(carryOverlap: piece.Kind == ChunkPieceKind.Text);
        if (_current.TokensWith(piece) <= _max)
        {
            AddToCurrent(piece);
            return;
        }

        if (!_current.IsEmpty)
        {
            // The overlap and repeated header give way to a piece that fits only alone.
            _current.Clear();
            _chunkPath = null;
        }

        if (piece.Tokens <= _max)
        {
            AddToCurrent(piece);
            return;
        }

        foreach (var part in OverlongPieceSplitter.Split(document.Text, piece, options.TokenCounter, _max))
        {
            if (_current.TokensWith(part) > _max)
            {
                Flush(carryOverlap: false);
            }

            AddToCurrent(part);
        }
    }

    private void AddToCurrent(ChunkPiece piece)
    {
        if (_current.IsEmpty && piece.Kind == ChunkPieceKind.TableRow && _tableHeader is { } header
            && header.BlockIndex == piece.BlockIndex && _current.TokensWith(header) + piece.Tokens + 1 <= _max)
        {
            _current.Add(header);
        }

        // A chunk sits under the headings in force at its first content: headings that open it are part of its path.
        _chunkPath = piece.Kind == ChunkPieceKind.Heading && !_current.HasContent ? _headings.Snapshot() : _chunkPath ?? _headings.Snapshot();
        _current.Add(piece);
    }

    private void Flush(bool carryOverlap)
    {
        if (_current.IsEmpty)
        {
            return;
        }

        // The emitted pieces are copied only when some may be carried over as overlap.
        var emitted = carryOverlap && options.OverlapTokens > 0 ? _current.Pieces.ToArray() : null;
        var held = EmitVerified();
        if (held.Count == 0 && emitted is not null)
        {
            foreach (var piece in TrailingOverlap(emitted))
            {
                AddToCurrent(piece);
            }
        }

        foreach (var piece in held)
        {
            AddToCurrent(piece);
        }
    }

    // The estimate counts pieces apart; a tokenizer may count the joined text differently, so the exact count decides and
    // a chunk over the budget hands its last pieces to the next chunk.
    private List<ChunkPiece> EmitVerified()
    {
        var held = new List<ChunkPiece>();
        while (true)
        {
            var chunk = _current.Build(_chunks.Count, _chunkPath ?? _headings.Snapshot(), _entities);
            if (chunk.TokenCount <= _max || _current.Pieces.Count == 1)
            {
                _chunks.Add(chunk);
                break;
            }

            held.Insert(0, _current.Pieces[^1]);
            var rest = _current.Pieces.GetRange(0, _current.Pieces.Count - 1);
            _current.Clear();
            rest.ForEach(_current.Add);
        }

        _current.Clear();
        _chunkPath = null;
        return held;
    }

    private List<ChunkPiece> TrailingOverlap(ChunkPiece[] pieces)
    {
        var overlap = new List<ChunkPiece>();
        var tokens = 0;
        for (var i = pieces.Length - 1; i >= 0; i--)
        {
            var p = pieces[i];
            if (p.Kind != ChunkPieceKind.Text || tokens + p.Tokens > options.OverlapTokens)
            {
                break;
            }

            tokens += p.Tokens;
            overlap.Insert(0, p);
        }

        return overlap;
    }
}

using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahifa.Web.Articles;
using Sahifa.Web.Data;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Sahifa.Web.Search;

/// <summary>
/// This node's Lucene index of published articles: one writer, near-real-time searchers, and the
/// position in the article change feed the index has applied, kept in the commit's user data so
/// the index and its position are durable together.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Bump when the analysis chain or the fields change: an index built by older rules is rebuilt
    // at start instead of answering with a mix of both. 3: editions, each with fields and an
    // analyzer of its own (SearchLanguage); an index of 2 has every story in the Arabic fields.
    public const string Schema = "3";

    private const string PositionKey = "sahifa.feed-position";
    private const string SchemaKey = "sahifa.schema";
    private const int BatchSize = 500;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private long _generation;
    private readonly ILogger<SearchIndex> _logger;
    private readonly object _writeLock = new();
    private readonly FileStream? _folderLock;

    public SearchIndex(IOptions<SearchOptions> options, IConfiguration configuration, ILogger<SearchIndex> logger)
    {
        _logger = logger;
        var path = options.Value.IndexPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(DataModule.DataDirectory(configuration), "search");
        (_directory, _writer, NeedsRebuild, _folderLock) = Open(path, logger);
        Location = _directory is RAMDirectory ? "memory" : path;
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Searchers());
        Position = ReadPosition(_writer);
    }

    /// Where the index lives: a folder, or "memory" when another process holds the folder.
    public string Location { get; }

    /// The last change feed row applied; every change up to it is in the index.
    public long Position { get; private set; }

    /// True when the index was missing, unreadable or built by older rules: the follower rebuilds
    /// it from the database before following the feed.
    public bool NeedsRebuild { get; private set; }

    /// True while a rebuild runs; searches answer from what is indexed so far.
    public bool IsRebuilding { get; private set; }

    /// Grows each time searches may see something new; the search answers' cache key.
    public long Generation => Interlocked.Read(ref _generation);

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// Brings the given articles up to date: indexed ones replaced, the rest (drafts, unpublished,
    /// deleted: ids with no article) removed. Visible to searches on return.
    public void Apply(IReadOnlyCollection<int> ids, IReadOnlyList<IndexedArticle> articles, long position)
    {
        lock (_writeLock)
        {
            var found = articles.ToDictionary(a => a.Id);
            foreach (var id in ids)
            {
                if (found.TryGetValue(id, out var article) && article.IsIndexed)
                {
                    _writer.UpdateDocument(SearchDocument.IdTerm(id), SearchDocument.ToDocument(article));
                }
                else
                {
                    _writer.DeleteDocuments(SearchDocument.IdTerm(id));
                }
            }

            // Readers see the change from the writer's memory at once; the commit (an fsync) that
            // makes it and the feed position durable comes after.
            _searchers.MaybeRefreshBlocking();
            Interlocked.Increment(ref _generation);
            CommitLocked(position);
        }
    }

    /// Records a new feed position with nothing else to change (rows for ids already applied).
    public void Advance(long position)
    {
        lock (_writeLock)
        {
            CommitLocked(position);
        }
    }

    /// Empties the index and indexes every published article again, reporting (done, total) as it
    /// goes. Changes saved meanwhile are in the feed after the position read first, so the
    /// follower applies them next; applying one twice is harmless.
    public async Task RebuildAsync(SahifaDb db, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        IsRebuilding = true;
        try
        {
            var position = await db.ArticleChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
            var indexed = db.Articles.AsNoTracking()
                .Where(a => (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishedAt != null);
            var total = await indexed.CountAsync(ct);
            lock (_writeLock)
            {
                _writer.DeleteAll();
            }

            var done = 0;
            var after = 0;
            progress?.Report((0, total));
            while (true)
            {
                var batch = await indexed.Where(a => a.Id > after).OrderBy(a => a.Id).Take(BatchSize).ToIndexed().AsSplitQuery().ToListAsync(ct);
                if (batch.Count == 0)
                {
                    break;
                }

                lock (_writeLock)
                {
                    foreach (var article in batch)
                    {
                        _writer.AddDocument(SearchDocument.ToDocument(article));
                    }
                }

                after = batch[^1].Id;
                done += batch.Count;
                _searchers.MaybeRefresh();
                progress?.Report((done, Math.Max(done, total)));
            }

            lock (_writeLock)
            {
                CommitLocked(position);
            }

            _searchers.MaybeRefreshBlocking();
            NeedsRebuild = false;
            Interlocked.Increment(ref _generation);
            _logger.LogInformation("Search index rebuilt: {Count} articles at feed position {Position}", done, position);
        }
        finally
        {
            IsRebuilding = false;
        }
    }

    public int Count => Search(s => s.IndexReader.NumDocs);

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _folderLock?.Dispose();
    }

    /// What a commit records beside the documents: the feed position they reflect and the rules
    /// they were built by. Public for tools that build an index in bulk (the benchmark).
    public static Dictionary<string, string> CommitData(long position) => new()
    {
        [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
        [SchemaKey] = Schema,
    };

    private void CommitLocked(long position)
    {
        _writer.SetCommitData(CommitData(position));
        _writer.Commit();
        Position = position;
    }

    private static long ReadPosition(IndexWriter writer) =>
        writer.CommitData.TryGetValue(PositionKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var position)
            ? position
            : 0;

    private static (LuceneDirectory, IndexWriter, bool NeedsRebuild, FileStream? FolderLock) Open(string path, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(path);

        // Lucene.Net's own write lock does not keep a second process out on Linux, so the folder is
        // claimed with an exclusive handle of our own (flock on Unix) that the OS drops if we die.
        FileStream folderLock;
        try
        {
            folderLock = new FileStream(Path.Combine(path, "sahifa-node.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            // Two nodes given the same data folder: the first keeps the index on disk, this one
            // builds its own in memory from the database rather than refusing to start.
            logger.LogWarning("Search index at {Path} is in use by another process; this node keeps its index in memory", path);
            var memory = new RAMDirectory();
            return (memory, new IndexWriter(memory, Config(OpenMode.CREATE)), true, null);
        }

        // Mapped (MMapDirectory on 64-bit): Lucene.NET's NIOFSDirectory reads through a locked
        // stream, which took a third of every search's time. The mapped pages are the OS's file
        // cache, counted in the node's resident size only as far as searches touch them.
        var directory = FSDirectory.Open(path);
        var healthy = Healthy(directory, logger);
        var writer = new IndexWriter(directory, Config(healthy ? OpenMode.APPEND : OpenMode.CREATE));
        return (directory, writer, !healthy, folderLock);
    }

    private static bool Healthy(LuceneDirectory directory, ILogger logger)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                logger.LogInformation("No search index yet; it will be built from the database");
                return false;
            }

            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(SchemaKey, out var schema) || schema != Schema)
            {
                logger.LogInformation("Search index was built by other rules; it will be rebuilt");
                return false;
            }

            // Read a stored document so a truncated file shows up now rather than in a reader's search.
            if (reader.MaxDoc > 0)
            {
                reader.Document(reader.MaxDoc - 1);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
            or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            logger.LogWarning(e, "Search index is unreadable; it will be rebuilt from the database");
            return false;
        }
    }

    /// How matches are weighed. BM25 saturates a word's repetitions and weighs length against the
    /// field's average: a long body that says a word often does not beat a headline that says it once.
    /// The writer stores field lengths the way this similarity reads them, so a change here is a
    /// change of <see cref="Schema"/>.
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// The writer's settings, public for tools that build an index in bulk (the benchmark, the
    /// relevance evaluation).
    public static IndexWriterConfig WriterConfig(OpenMode mode) => new(Version, SearchLanguage.NewIndexAnalyzer())
    {
        OpenMode = mode,
        RAMBufferSizeMB = 32,
        Similarity = Similarity,
    };

    public static IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };

    private static IndexWriterConfig Config(OpenMode mode) => WriterConfig(mode);

    private sealed class Searchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => SearchIndex.NewSearcher(reader);
    }
}

public sealed class SearchOptions
{
    /// The index folder; empty means `search` in the data directory.
    public string? IndexPath { get; set; }

    /// How often a node looks for changes saved by other nodes.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}

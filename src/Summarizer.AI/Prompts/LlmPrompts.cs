using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Summarizer.AI.Prompts;

/// <summary>
/// The prompt templates (Semantic Kernel directories of <c>skprompt.txt</c> + <c>config.json</c>), loaded once.
/// SK silently skips a folder without <c>skprompt.txt</c>, so every expected function is checked here.
/// </summary>
public sealed class LlmPrompts
{
    public const string ExtractionPlugin = "Extraction";
    public const string DigestPlugin = "Digest";
    public const string ExtractItems = "ExtractItems";
    public const string RepairItems = "RepairItems";
    public const string ExecutiveSummary = "ExecutiveSummary";

    private static readonly (string Plugin, string Function)[] Expected =
        [(ExtractionPlugin, ExtractItems), (ExtractionPlugin, RepairItems), (DigestPlugin, ExecutiveSummary)];

    private readonly Dictionary<string, KernelPlugin> _plugins = new(StringComparer.Ordinal);

    public LlmPrompts(IOptions<LlmOptions> options) : this(options.Value.ResolvedPromptsDirectory) { }

    public LlmPrompts(string directory)
    {
        Directory = directory;
        if (!System.IO.Directory.Exists(directory))
            throw new InvalidOperationException($"Prompt folder '{directory}' does not exist: copy prompts/ next to the binary or set Summarizer:Llm:PromptsDirectory.");
        var loader = new Kernel();
        foreach (var plugin in Expected.Select(e => e.Plugin).Distinct())
            _plugins[plugin] = loader.CreatePluginFromPromptDirectory(Path.Combine(directory, plugin), plugin);
        var missing = Expected.Where(e => !_plugins[e.Plugin].Contains(e.Function)).Select(e => $"{e.Plugin}/{e.Function}").ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"Prompt templates missing under '{directory}': {string.Join(", ", missing)} (each needs skprompt.txt and config.json).");
        ExtractionHash = HashFolder(Path.Combine(directory, ExtractionPlugin));
        DigestHash = HashFolder(Path.Combine(directory, DigestPlugin));
    }

    public string Directory { get; }

    /// <summary>First 12 hex digits of SHA-256 over the extraction templates: part of the extractor's version.</summary>
    public string ExtractionHash { get; }

    public string DigestHash { get; }

    public IReadOnlyCollection<string> FunctionNames => _plugins.Values.SelectMany(p => p.Select(f => $"{p.Name}/{f.Name}")).ToList();

    public KernelFunction Function(string plugin, string name) => _plugins[plugin][name];

    private static string HashFolder(string folder)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/') + "\n"));
            // Line endings must not change the version between Windows and Linux checkouts.
            sha.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(file).ReplaceLineEndings("\n")));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}

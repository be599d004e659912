namespace Summarizer.Host.Cli;

/// <summary>Names where a configuration value came from, so an error about it tells the user what to change.</summary>
internal static class ConfigurationSource
{
    /// <summary>
    /// The provider that supplied <paramref name="key"/> (the last one wins, as in .NET configuration): e.g.
    /// "appsettings.json next to the binary (/opt/summarizer)" or "the environment (Summarizer__Input)"; "the default" when none did.
    /// </summary>
    public static string Of(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root) return key;
        foreach (var provider in root.Providers.Reverse())
        {
            if (!provider.TryGet(key, out _)) continue;
            return provider switch
            {
                Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider json =>
                    $"{key} in {json.Source.Path} next to the binary ({AppContext.BaseDirectory.TrimEnd('/')})",
                Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationProvider =>
                    $"the environment variable {key.Replace(":", "__")}",
                _ => $"{key} ({provider})",
            };
        }
        return $"{key} (default)";
    }
}

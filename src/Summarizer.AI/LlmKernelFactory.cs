using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Summarizer.AI.Http;

namespace Summarizer.AI;

/// <summary>
/// Builds a Kernel whose chat service talks through the named, Polly-guarded HttpClient. A Kernel per run keeps
/// the factory's handler rotation working; the SDK's own retries are off so Polly is the only retry layer.
/// </summary>
public sealed class LlmKernelFactory(IHttpClientFactory httpClients, IOptions<LlmOptions> options, ILoggerFactory loggers)
{
    private readonly Lazy<DefaultAzureCredential> _azureIdentity = new(() => new DefaultAzureCredential());

    public Kernel Create()
    {
        var o = options.Value;
        if (!o.IsConfigured) throw new InvalidOperationException("The LLM engine is not configured: set Summarizer:Llm:Endpoint (env Summarizer__Llm__Endpoint).");
        var http = httpClients.CreateClient(LlmResilience.HttpClientName);
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<ILoggerFactory>(new KernelLogLevels(loggers));
        var endpoint = new Uri(o.Endpoint!);
        if (o.Provider == LlmProvider.AzureOpenAI)
        {
            // ApiVersion decides which features the service offers (structured output needs 2024-08-01-preview or later).
            var clientOptions = string.IsNullOrWhiteSpace(o.ApiVersion) ? new AzureOpenAIClientOptions() : new AzureOpenAIClientOptions(AzureApiVersion.Parse(o.ApiVersion)!.Value);
            clientOptions.Transport = new HttpClientPipelineTransport(http);
            clientOptions.RetryPolicy = new ClientRetryPolicy(0);
            clientOptions.NetworkTimeout = Timeout.InfiniteTimeSpan;
            var client = string.IsNullOrEmpty(o.ApiKey)
                ? new AzureOpenAIClient(endpoint, _azureIdentity.Value, clientOptions)
                : new AzureOpenAIClient(endpoint, new ApiKeyCredential(o.ApiKey), clientOptions);
            builder.AddAzureOpenAIChatCompletion(o.Model, client);
        }
        else
        {
            // Local servers (Ollama, llama.cpp) need no key, but the SDK wants one: a placeholder is ignored by them.
            builder.AddOpenAIChatCompletion(o.Model, endpoint, string.IsNullOrEmpty(o.ApiKey) ? "no-key" : o.ApiKey, httpClient: http);
        }
        return builder.Build();
    }
}

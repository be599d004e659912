using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Summarizer.Store;

namespace Summarizer.Host.Serve;

/// <summary>
/// The Data Protection key ring kept in the store (<see cref="IProtectionKeyStore"/>), so instances sharing a store
/// accept each other's login cookies and a restart keeps them. Data Protection asks synchronously, rarely (at start
/// and when a key is due), so the store's async calls are waited on here.
/// </summary>
internal sealed class StoreKeyRing(IProtectionKeyStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        store.GetProtectionKeysAsync().GetAwaiter().GetResult().Select(XElement.Parse).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        store.SaveProtectionKeyAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting)).GetAwaiter().GetResult();
}

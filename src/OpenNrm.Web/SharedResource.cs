namespace OpenNrm.Web;

/// <summary>
/// Anchor for the one resource set of UI strings (Resources/SharedResource.{fr,nl}.resx). Keys are the English
/// text, so English needs no file and a missing translation shows English rather than a key.
/// </summary>
public sealed class SharedResource;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// A place of safe accommodation: a centre's collective shelter, or a structure for minors. Its address is secret
/// and kept outside the domain; the rules need only its places and whom it takes in.
/// </summary>
/// <param name="Capacity">The number of places; zero while closed.</param>
/// <param name="MinorsOnly">Whether it is a structure for minor victims (Esperanto, Minor Ndako).</param>
public sealed record Shelter(int Capacity, bool MinorsOnly);

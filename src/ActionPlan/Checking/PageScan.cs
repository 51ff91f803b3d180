namespace ActionPlan.Checking;

/// <summary>What the link check needs of one page: its element ids and the addresses it refers to.</summary>
/// <param name="Ids">The ids of its elements and the names of its <c>a name</c> anchors.</param>
/// <param name="References">Every address in an attribute that refers to another file, in document order.</param>
internal sealed record PageScan(HashSet<string> Ids, List<string> References);

/// How the store prepares catalog records for writing.
public enum CatalogRecords {
    /// One record per id, the last of `records` with that id, ordered by id (so that a call writes each row once,
    /// and concurrent writers take row locks in the same order).
    public static func lastByID<Record: Identifiable>(_ records: [Record]) -> [Record] where Record.ID: Comparable {
        var byID: [Record.ID: Record] = [:]
        for record in records {
            byID[record.id] = record
        }
        return byID.values.sorted { $0.id < $1.id }
    }
}

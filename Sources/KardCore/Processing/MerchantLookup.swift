/// Finds catalog merchants from what a transaction says of its merchant: a merchant id (MID) or a descriptor
/// compared with the merchant's name and aliases. Built once per catalog version.
public struct MerchantLookup: Sendable {
    private let byMID: [String: [MerchantID]]
    /// Compact names and aliases (``MerchantDescriptor/compact``) to the merchants and the name they came from.
    private let byName: [String: [(merchantID: MerchantID, name: String)]]

    /// Names shorter than this (compact) are too ambiguous to identify a merchant by.
    static let minimumNameLength = 3

    public init(merchants: some Sequence<Merchant>) {
        var byMID: [String: [MerchantID]] = [:]
        var byName: [String: [(merchantID: MerchantID, name: String)]] = [:]
        for merchant in merchants {
            for mid in Set(merchant.mids.map(Self.normalizedMID)) where !mid.isEmpty {
                byMID[mid, default: []].append(merchant.id)
            }
            var seen: Set<String> = []
            for name in [merchant.name] + merchant.aliases {
                let compact = MerchantDescriptor(name).compact
                guard compact.count >= Self.minimumNameLength, seen.insert(compact).inserted else { continue }
                byName[compact, default: []].append((merchant.id, name))
            }
        }
        self.byMID = byMID
        self.byName = byName
    }

    /// The merchants with this MID.
    public func merchants(mid: String) -> [MerchantID] {
        self.byMID[Self.normalizedMID(mid)] ?? []
    }

    /// The merchants whose name or alias the descriptor starts with, by the longest such name, with that name.
    public func merchants(descriptor: MerchantDescriptor) -> [(merchantID: MerchantID, name: String)] {
        for prefix in descriptor.compactPrefixes {
            if let found = self.byName[prefix] { return found }
        }
        return []
    }

    /// MIDs compare without spaces and leading zeros.
    static func normalizedMID(_ mid: String) -> String {
        let digits = mid.filter { !$0.isWhitespace }.uppercased()
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? digits : String(trimmed)
    }
}

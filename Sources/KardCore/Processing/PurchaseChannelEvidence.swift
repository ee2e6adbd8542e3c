/// How a purchase was made, as far as its event tells: in a store or online.
enum PurchaseChannelEvidence {
    /// The channel of `event` and what it was read from, or `nil` when the event does not say.
    static func channel(of event: TransactionEvent) -> (channel: PurchaseChannel, reason: String)? {
        if let presence = event.cardPresence?.uppercased().filter({ $0.isLetter || $0.isNumber }), !presence.isEmpty {
            if presence.contains("NOT") || ["N", "NO", "FALSE", "0", "CNP", "ABSENT"].contains(presence) {
                return (.online, "card not present (cardPresence \(presence))")
            }
            if ["Y", "YES", "TRUE", "1", "PRESENT", "CARDPRESENT", "CP"].contains(presence) {
                return (.inStore, "card present (cardPresence \(presence))")
            }
        }
        if let mode = event.panEntryMode?.prefix(2) {
            // ISO 8583 POS entry modes: keyed or stored credentials are remote; chip, stripe and contactless are
            // in store.
            if ["01", "10", "81", "09"].contains(mode) { return (.online, "PAN entry mode \(mode) (remote)") }
            if ["02", "05", "07", "80", "90", "91", "95"].contains(mode) {
                return (.inStore, "PAN entry mode \(mode) (card read)")
            }
        }
        // A merchant address says nothing: processors send the acceptor's address for online purchases too.
        return nil
    }
}

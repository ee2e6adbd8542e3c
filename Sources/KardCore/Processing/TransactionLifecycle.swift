import Foundation

/// The state the events of one transaction add up to. It depends only on the set of events, never on the order
/// they arrived in, so events that come out of order reach the same end state:
///
/// - `SETTLED` once any settlement is known (one or several partial ones); `RETURNED` when returns cover the
///   settled total;
/// - otherwise `REVERSED` or `DECLINED` when the authorization was cancelled;
/// - otherwise `APPROVED` when an authorization is known;
/// - otherwise `RETURNED`: a refund of a purchase we never saw.
///
/// A `matchedTransaction` and a `coreTransaction` count as settlements (a completed purchase).
public struct TransactionLifecycle: Sendable, Equatable {
    /// One event's contribution, with the date it happened.
    public struct Step: Sendable, Equatable {
        public var eventID: String
        public var amountCents: Int64
        public var date: Date
    }

    /// The authorization (the latest by date, then event id, when several were sent).
    public var authorization: Step?
    /// The settlements, by settled date then event id.
    public var settlements: [Step]
    /// A reversal or decline.
    public struct Cancellation: Sendable, Equatable {
        public var status: TransactionStatus
        public var step: Step
    }

    /// The reversal or decline (the earliest), when any.
    public var cancellation: Cancellation?
    /// The returns, by date then event id.
    public var returns: [Step]
    /// The event whose descriptor, merchant and card fields describe the purchase: the authorization, else the
    /// first settlement, else the first other event.
    public var describingEvent: TransactionEvent

    /// Folds `events` (all of one transaction; at least one).
    public init?(events: [TransactionEvent]) {
        guard !events.isEmpty else { return nil }
        var authorizations: [Step] = []
        var settlements: [Step] = []
        var cancellations: [Cancellation] = []
        var returns: [Step] = []
        for event in events {
            let amount = abs(event.amountCents)
            switch Self.effectiveStatus(of: event) {
            case .approved:
                authorizations.append(Step(eventID: event.eventID, amountCents: amount, date: Self.date(of: event)))
            case .settled:
                settlements.append(Step(eventID: event.eventID, amountCents: amount, date: Self.date(of: event)))
            case .reversed, .declined:
                let step = Step(eventID: event.eventID, amountCents: amount, date: Self.date(of: event))
                cancellations.append(Cancellation(status: Self.effectiveStatus(of: event), step: step))
            case .returned:
                returns.append(Step(eventID: event.eventID, amountCents: amount, date: Self.date(of: event)))
            }
        }
        let byDate: (Step, Step) -> Bool = { ($0.date, $0.eventID) < ($1.date, $1.eventID) }
        self.authorization = authorizations.max(by: byDate)
        self.settlements = settlements.sorted(by: byDate)
        self.cancellation = cancellations.min { byDate($0.step, $1.step) }
        self.returns = returns.sorted(by: byDate)
        let ordered = events.sorted { lhs, rhs in
            (Self.describingRank(of: lhs), Self.date(of: lhs), lhs.eventID)
                < (Self.describingRank(of: rhs), Self.date(of: rhs), rhs.eventID)
        }
        guard let describing = ordered.first else { return nil }
        self.describingEvent = describing
    }

    /// The state the events add up to.
    public var status: TransactionStatus {
        if !self.settlements.isEmpty {
            return !self.returns.isEmpty && self.returnedCents >= self.settledCents ? .returned : .settled
        }
        if let cancellation { return cancellation.status }
        return self.authorization == nil ? .returned : .approved
    }

    /// The sum of the settlements.
    public var settledCents: Int64 { self.settlements.reduce(0) { $0 + $1.amountCents } }

    /// The sum of the returns.
    public var returnedCents: Int64 { self.returns.reduce(0) { $0 + $1.amountCents } }

    /// Whether a purchase is known (an authorization or a settlement), not only a refund.
    public var hasPurchase: Bool { self.authorization != nil || !self.settlements.isEmpty }

    /// The amount the current state stands for: the settled total once settled, else the authorized amount, else
    /// the returned amount.
    public var amountCents: Int64 {
        if !self.settlements.isEmpty { return self.settledCents }
        if let authorization { return authorization.amountCents }
        return self.returnedCents
    }

    /// The purchase amount the offer's terms are checked on: the larger of the authorization and the settled total.
    public var purchaseCents: Int64 { max(self.authorization?.amountCents ?? 0, self.settledCents) }

    /// When the purchase happened: the authorization date, else the describing event's date.
    public var purchaseDate: Date {
        self.authorization?.date ?? self.describingEvent.authorizationDate ?? Self.date(of: self.describingEvent)
    }

    /// The status an event reports; a `matchedTransaction` (no status on the wire) is a completed purchase.
    static func effectiveStatus(of event: TransactionEvent) -> TransactionStatus {
        event.status ?? .settled
    }

    /// The date an event happened, by its status: authorization date for an approval, settled date for a
    /// settlement, transaction date for the rest (each falling back on the others).
    static func date(of event: TransactionEvent) -> Date {
        let fallback = event.transactionDate ?? event.settledDate ?? event.authorizationDate ?? .distantPast
        switch self.effectiveStatus(of: event) {
        case .approved: return event.authorizationDate ?? fallback
        case .settled: return event.settledDate ?? event.authorizationDate ?? fallback
        case .reversed, .declined, .returned: return fallback
        }
    }

    private static func describingRank(of event: TransactionEvent) -> Int {
        switch self.effectiveStatus(of: event) {
        case .approved: 0
        case .settled: 1
        case .returned: 2
        case .reversed, .declined: 3
        }
    }
}

import Foundation

/// The checks every transaction event passes before it is accepted, per kind and per status. Fields are named as
/// in the v2 attributes (`authorizationDate`, `merchant/addrState`, …); `id` is the event id.
public enum TransactionRules {
    /// The largest amount accepted, in cents (ten billion dollars).
    public static let maximumAmountCents: Int64 = 1_000_000_000_000
    /// Dates further in the future than this are refused (clock skew allowance).
    public static let futureAllowance: TimeInterval = 86_400
    /// Dates before this are refused.
    public static let earliestDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01

    /// Checks an event and builds it. `now` bounds the dates.
    public static func event(
        from input: TransactionInput,
        organization: OrganizationID,
        now: Date
    ) -> Result<TransactionEvent, DomainError> {
        var issues = Issues()
        let kind = TransactionEventKind(rawValue: input.kind)
        if kind == nil {
            issues.add("type", "type must be transaction, matchedTransaction or coreTransaction.")
        }
        if input.eventID.isEmpty || input.eventID.count > 255 {
            issues.add("id", "id must be 1 to 255 characters and unique for each event.")
        }
        let userID = issues.required(input.userID, "userId")
        let transactionID = issues.required(input.transactionID, "transactionId")
        let description = issues.required(input.description, "description")
        var amount: Int64 = 0
        if let value = input.amount {
            if (0...Self.maximumAmountCents).contains(value) {
                amount = value
            } else {
                issues.add("amount", "amount must be whole cents from 0 to \(Self.maximumAmountCents).")
            }
        } else {
            issues.add("amount", "amount (in cents) is required.")
        }
        if let subtotal = input.subtotal, subtotal < 0 || subtotal > Self.maximumAmountCents {
            issues.add("subtotal", "subtotal must be whole cents from 0 to \(Self.maximumAmountCents).")
        }
        let status = self.status(input, kind: kind, issues: &issues)
        let direction = self.parsed(input.direction, "direction", as: TransactionDirection.self, issues: &issues)
        let currency = input.currency.map { $0.uppercased() }
        if let currency, !(currency.count == 3 && currency.allSatisfy { $0.isASCII && $0.isLetter }) {
            issues.add("currency", "currency must be an ISO 4217 code such as USD.")
        }
        if let mcc = input.mcc, !(mcc.count == 4 && mcc.allSatisfy(\.isASCIIDigit)) {
            issues.add("mcc", "mcc must be 4 digits.")
        }
        self.checkCard(input, issues: &issues)
        let network = input.cardNetwork.flatMap { value -> CardNetwork? in
            let network = CardNetwork(spelling: value)
            if network == nil {
                issues.add("cardNetwork", "cardNetwork must be VISA, MASTERCARD, AMERICANEXPRESS or DISCOVER.")
            }
            return network
        }
        let dates = self.dates(input, now: now, issues: &issues)
        if let kind {
            self.checkKind(kind, input: input, status: status, dates: dates, issues: &issues)
        }
        let merchant = input.merchant.map { self.merchant($0, issues: &issues) }
        for (field, text) in [
            ("description", input.description), ("description2", input.description2),
            ("merchant/name", input.merchant?.name),
        ] {
            if let text, PANDetector.containsCardNumber(text) {
                issues.add(field, "\(field) must not contain a card number.")
            }
        }
        if let zip = input.userZipCode, !ContactRules.isZipCode(zip) {
            issues.add("userZipCode", "userZipCode must be a US ZIP code.")
        }
        guard issues.isEmpty, let kind, let userID, let transactionID, let description else {
            return .failure(.invalid(issues.list))
        }
        var event = TransactionEvent(
            eventID: input.eventID,
            kind: kind,
            organizationID: organization,
            userID: UserID(userID),
            transactionID: transactionID,
            status: status,
            amountCents: amount,
            description: description
        )
        event.subtotalCents = input.subtotal
        event.currency = currency
        event.description2 = input.description2
        event.direction = direction
        event.paymentType = input.paymentType?.uppercased()
        event.mcc = input.mcc
        event.merchant = merchant
        event.cardBIN = input.cardBIN
        event.cardLastFour = input.cardLastFour
        event.cardLastFours = input.cardLastFours
        event.cardNetwork = network
        event.cardProductID = input.cardProductID
        event.cardPresence = input.cardPresence
        event.panEntryMode = input.panEntryMode
        event.authorizationCode = input.authorizationCode
        event.retrievalReferenceNumber = input.retrievalReferenceNumber
        event.systemTraceAuditNumber = input.systemTraceAuditNumber
        event.acquirerReferenceNumber = input.acquirerReferenceNumber
        event.coreProviderID = input.coreProviderID
        event.transactionDate = dates.transaction
        event.authorizationDate = dates.authorization
        event.settledDate = dates.settled
        event.matchedOfferID = input.matchedOfferID
        event.matchedLocationID = input.matchedLocationID
        event.orderID = input.orderID
        event.receiptMedium = input.receiptMedium
        event.userZipCode = input.userZipCode
        event.accountID = input.accountID
        event.financialInstitutionID = input.financialInstitutionID
        return .success(event)
    }

    /// The date each status requires.
    public static func requiredDate(for status: TransactionStatus) -> String {
        switch status {
        case .approved: return "authorizationDate"
        case .settled: return "settledDate"
        case .reversed, .returned, .declined: return "transactionDate"
        }
    }

    // MARK: - Parts

    private static func status(_ input: TransactionInput, kind: TransactionEventKind?, issues: inout Issues)
        -> TransactionStatus?
    {
        if kind == .matchedTransaction {
            if input.status != nil { issues.add("status", "A matchedTransaction has no status.") }
            return nil
        }
        guard let text = input.status else {
            issues.add("status", "status is required: APPROVED, SETTLED, REVERSED, RETURNED or DECLINED.")
            return nil
        }
        return self.parsed(text, "status", as: TransactionStatus.self, issues: &issues)
    }

    private static func parsed<Value: RawRepresentable & CaseIterable>(
        _ text: String?,
        _ field: String,
        as type: Value.Type,
        issues: inout Issues
    ) -> Value? where Value.RawValue == String {
        guard let text else { return nil }
        guard let value = Value(rawValue: text.uppercased()) ?? Value(rawValue: text) else {
            issues.add(field, "\(field) must be one of \(Value.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
        return value
    }

    private static func checkCard(_ input: TransactionInput, issues: inout Issues) {
        if let bin = input.cardBIN, let problem = CardNumberRules.problem(withBIN: bin) {
            issues.add("cardBIN", problem)
        }
        if let lastFour = input.cardLastFour, let problem = CardNumberRules.problem(withLastFour: lastFour) {
            issues.add("cardLastFour", problem)
        }
        for (index, lastFour) in (input.cardLastFours ?? []).enumerated() {
            if let problem = CardNumberRules.problem(withLastFour: lastFour) {
                issues.add("cardLastFours/\(index)", problem)
            }
        }
    }

    private struct Dates {
        var transaction: Date?
        var authorization: Date?
        var settled: Date?
    }

    private static func dates(_ input: TransactionInput, now: Date, issues: inout Issues) -> Dates {
        func check(_ value: TransactionInput.DateInput, _ field: String) -> Date? {
            switch value {
            case .absent:
                return nil
            case .invalid:
                issues.add(field, "\(field) must be an ISO 8601 date-time with a zone, such as 2021-07-02T17:47:06Z.")
                return nil
            case .valid(let date):
                if date > now.addingTimeInterval(Self.futureAllowance) || date < Self.earliestDate {
                    issues.add(field, "\(field) must be between 2000-01-01 and one day from now.")
                    return nil
                }
                return date
            }
        }
        return Dates(
            transaction: check(input.transactionDate, "transactionDate"),
            authorization: check(input.authorizationDate, "authorizationDate"),
            settled: check(input.settledDate, "settledDate")
        )
    }

    private static func checkKind(
        _ kind: TransactionEventKind,
        input: TransactionInput,
        status: TransactionStatus?,
        dates: Dates,
        issues: inout Issues
    ) {
        let hasDate: [String: Bool] = [
            "transactionDate": input.transactionDate != .absent,
            "authorizationDate": input.authorizationDate != .absent,
            "settledDate": input.settledDate != .absent,
        ]
        func requireDate(_ field: String, because reason: String) {
            if hasDate[field] == false { issues.add(field, "\(field) is required \(reason).") }
        }
        if let status, kind != .matchedTransaction {
            requireDate(self.requiredDate(for: status), because: "when status is \(status.rawValue)")
        }
        switch kind {
        case .transaction:
            if input.currency == nil { issues.add("currency", "currency is required.") }
            if input.direction == nil { issues.add("direction", "direction is required: DEBIT or CREDIT.") }
            if input.paymentType?.uppercased() != "CARD" { issues.add("paymentType", "paymentType must be CARD.") }
            if input.cardBIN == nil { issues.add("cardBIN", "cardBIN (the first 6 digits of the card) is required.") }
            if input.cardLastFour == nil { issues.add("cardLastFour", "cardLastFour is required.") }
        case .matchedTransaction:
            requireDate("authorizationDate", because: "for a matchedTransaction")
            if input.direction == nil { issues.add("direction", "direction is required: DEBIT or CREDIT.") }
            let payment = input.paymentType?.uppercased()
            if !["CARD", "CASH", "UNKNOWN"].contains(payment ?? "") {
                issues.add("paymentType", "paymentType must be CARD, CASH or UNKNOWN.")
            }
            if payment == "CARD", input.matchedOfferID != nil, input.cardLastFour == nil {
                issues.add("cardLastFour", "cardLastFour is required for a matched card payment.")
            }
            if payment == "CASH", input.cardBIN != nil || input.cardLastFour != nil {
                issues.add("cardBIN", "A cash payment carries no card data.")
            }
        case .coreTransaction:
            if input.currency == nil { issues.add("currency", "currency is required.") }
            if input.direction == nil { issues.add("direction", "direction is required: DEBIT or CREDIT.") }
            if let status, status != .settled { issues.add("status", "A coreTransaction is always SETTLED.") }
            requireDate("authorizationDate", because: "for a coreTransaction")
            requireDate("settledDate", because: "for a coreTransaction")
        case .legacy:
            if input.currency == nil { issues.add("currency", "currency is required.") }
        }
    }

    private static func merchant(_ input: TransactionInput.MerchantInput, issues: inout Issues) -> TransactionMerchant {
        var merchant = TransactionMerchant(
            id: input.id,
            name: input.name,
            street: input.street,
            city: input.city,
            zipCode: input.zipCode,
            country: input.country,
            storeID: input.storeID,
            visaMerchantID: input.visaMerchantID,
            visaStoreID: input.visaStoreID
        )
        if let state = input.state {
            if let code = USStates.code(for: state) {
                merchant.state = code
            } else {
                issues.add("merchant/addrState", "addrState must be a US state as a USPS code, a name or a FIPS code.")
            }
        }
        func coordinate(_ text: String?, _ field: String, _ range: ClosedRange<Double>) -> Double? {
            guard let text else { return nil }
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
                issues.add(
                    "merchant/\(field)",
                    "\(field) must be a number from \(range.lowerBound) to \(range.upperBound)."
                )
                return nil
            }
            return value
        }
        merchant.latitude = coordinate(input.latitude, "latitude", -90...90)
        merchant.longitude = coordinate(input.longitude, "longitude", -180...180)
        return merchant
    }

    /// Collects validation issues.
    struct Issues {
        private(set) var list: [ValidationIssue] = []

        var isEmpty: Bool { self.list.isEmpty }

        mutating func add(_ field: String, _ detail: String) {
            self.list.append(ValidationIssue(field: field, detail: detail))
        }

        /// The value when present and not empty; otherwise records that it is required.
        mutating func required(_ value: String?, _ field: String) -> String? {
            guard let value, !value.isEmpty else {
                self.add(field, "\(field) is required.")
                return nil
            }
            return value
        }
    }
}

/// Finds card numbers hidden in free text: a run of 13 to 19 digits (single spaces or dashes allowed between
/// digits) that passes the Luhn check.
public enum PANDetector {
    public static func containsCardNumber(_ text: String) -> Bool {
        self.digitRuns(text).contains { (13...19).contains($0.count) && self.luhn($0[...]) }
    }

    /// The runs of digits in `text`, where one space or dash between two digits does not end a run.
    static func digitRuns(_ text: String) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        var pendingSeparator = false
        for character in text {
            if character.isASCII, let digit = character.wholeNumberValue {
                current.append(digit)
                pendingSeparator = false
            } else if (character == " " || character == "-") && !current.isEmpty && !pendingSeparator {
                pendingSeparator = true
            } else {
                if !current.isEmpty { runs.append(current) }
                current = []
                pendingSeparator = false
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    static func luhn(_ digits: ArraySlice<Int>) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}

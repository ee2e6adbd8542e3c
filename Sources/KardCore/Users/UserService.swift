import Foundation

/// Enrolment, profile changes, cards and removal of users, with every rule checked before anything is stored.
public struct UserService: Sendable {
    /// At most this many users per create request (v2).
    public static let maximumBatchSize = 100

    private let store: any UserStore
    private let clock: any WallClock
    private let ids: any IDGenerator

    public init(store: any UserStore, clock: any WallClock, ids: any IDGenerator) {
        self.store = store
        self.clock = clock
        self.ids = ids
    }

    /// One user of a create request.
    public struct NewUser: Sendable {
        public var id: String
        public var input: UserInput

        public init(id: String, input: UserInput) {
            self.id = id
            self.input = input
        }
    }

    /// What became of one user of a create request.
    public enum Outcome: Sendable, Equatable {
        case created(User)
        case failed(id: String, DomainError)
    }

    /// Enrolls a batch of users (v2). Valid new users are stored together; each other one gets its own failure.
    public func createUsers(_ batch: [NewUser], in organization: OrganizationID) async throws -> [Outcome] {
        let now = self.clock.now()
        var outcomes: [Outcome] = []
        var seen: Set<String> = []
        for item in batch {
            if let problem = UserRules.problem(withID: item.id) {
                outcomes.append(.failed(id: item.id, .invalid(field: "id", problem)))
                continue
            }
            guard seen.insert(item.id).inserted else {
                outcomes.append(
                    .failed(id: item.id, .conflict("User \(item.id) appears more than once in the request."))
                )
                continue
            }
            switch UserRules.newProfile(from: item.input, programs: [.cardLinked], defaultPrograms: nil) {
            case .success(let profile):
                let user = User(
                    organizationID: organization,
                    id: UserID(item.id),
                    profile: profile,
                    createdAt: now,
                    updatedAt: now
                )
                outcomes.append(.created(user))
            case .failure(let error):
                outcomes.append(.failed(id: item.id, error))
            }
        }
        let candidates = outcomes.compactMap { outcome -> User? in
            if case .created(let user) = outcome { return user }
            return nil
        }
        let existing = candidates.isEmpty ? [] : try await self.store.insertUsers(candidates)
        return outcomes.map { outcome in
            guard case .created(let user) = outcome, existing.contains(user.id) else { return outcome }
            return .failed(id: user.id.rawValue, .conflict("User \(user.id) already exists."))
        }
    }

    /// Enrolls one user through the legacy API, with its cards, in one transaction.
    public func createLegacyUser(
        id: String,
        input: UserInput,
        cards: [CardInput],
        in organization: OrganizationID
    ) async throws -> User {
        if let problem = UserRules.problem(withID: id) {
            throw DomainError.invalid(field: "referringPartnerUserId", problem)
        }
        var issues: [ValidationIssue] = []
        if input.email == nil && input.userName == nil {
            issues.append(ValidationIssue(field: "email", detail: "At least one of email or userName is required."))
        }
        let profile: UserProfile
        switch UserRules.newProfile(from: input, programs: Set(RewardProgram.allCases), defaultPrograms: [.cardLinked])
        {
        case .success(let value): profile = value
        case .failure(.invalid(let more)): throw DomainError.invalid(issues + more)
        case .failure(let error): throw error
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        let now = self.clock.now()
        let newCards = try self.validCards(cards, now: now)
        let userID = UserID(id)
        try await self.checkCardsAreFree(newCards, for: userID, in: organization)
        let user = User(
            organizationID: organization,
            id: userID,
            profile: profile,
            cards: newCards,
            createdAt: now,
            updatedAt: now
        )
        let existing: Set<UserID>
        do {
            existing = try await self.store.insertUsers([user])
        } catch StoreError.duplicate {
            throw DomainError.cardAlreadyRegistered
        }
        if existing.contains(userID) { throw DomainError.conflict("User \(id) already exists.") }
        return user
    }

    /// The user, or ``DomainError/notFound(resource:id:)``.
    public func user(_ id: UserID, in organization: OrganizationID) async throws -> User {
        guard let user = try await self.store.user(id, in: organization) else {
            throw DomainError.notFound(resource: "User", id: id.rawValue)
        }
        return user
    }

    /// Updates a user's profile. Absent fields keep their value; `enrolledRewards: []` unenrolls but keeps the user.
    /// - Parameter programs: the programs the calling API accepts (v2: card-linked only).
    public func updateUser(
        _ id: UserID,
        in organization: OrganizationID,
        with input: UserInput,
        programs: Set<RewardProgram>,
        enrolledRewardsRequired: Bool
    ) async throws -> User {
        var user = try await self.user(id, in: organization)
        switch UserRules.updatedProfile(
            user.profile,
            with: input,
            programs: programs,
            enrolledRewardsRequired: enrolledRewardsRequired
        ) {
        case .success(let profile): user.profile = profile
        case .failure(let error): throw error
        }
        user.updatedAt = self.clock.now()
        guard try await self.store.updateUser(user) else {
            throw DomainError.notFound(resource: "User", id: id.rawValue)
        }
        return user
    }

    /// Removes a user and its cards; the id may be enrolled again afterwards.
    public func deleteUser(_ id: UserID, in organization: OrganizationID) async throws {
        guard try await self.store.deleteUser(id, in: organization) else {
            throw DomainError.notFound(resource: "User", id: id.rawValue)
        }
    }

    /// Registers cards for an existing user (legacy API). Cards the user already holds are left as they are.
    public func addCards(_ cards: [CardInput], to id: UserID, in organization: OrganizationID) async throws -> User {
        if cards.isEmpty { throw DomainError.invalid(field: "cards", "At least one card is required.") }
        let user = try await self.user(id, in: organization)
        let now = self.clock.now()
        let held = Set(user.cards.map { $0.bin + "/" + $0.lastFour })
        let newCards = try self.validCards(cards, now: now).filter { !held.contains($0.bin + "/" + $0.lastFour) }
        try await self.checkCardsAreFree(newCards, for: id, in: organization)
        if !newCards.isEmpty {
            do {
                try await self.store.addCards(newCards, to: id, in: organization)
            } catch StoreError.duplicate {
                throw DomainError.cardAlreadyRegistered
            }
        }
        return try await self.user(id, in: organization)
    }

    private func validCards(_ cards: [CardInput], now: Date) throws -> [Card] {
        var issues: [ValidationIssue] = []
        var result: [Card] = []
        for (index, input) in cards.enumerated() {
            let field = "cards/\(index)"
            if let problem = CardNumberRules.problem(withBIN: input.bin) {
                issues.append(ValidationIssue(field: field + "/bin", detail: problem))
            }
            if let problem = CardNumberRules.problem(withLastFour: input.lastFour) {
                issues.append(ValidationIssue(field: field + "/last4", detail: problem))
            }
            if input.issuer.isEmpty {
                issues.append(
                    ValidationIssue(field: field + "/issuer", detail: "issuer (the program name) is required.")
                )
            }
            let network = CardNetwork(spelling: input.network)
            if network == nil {
                issues.append(
                    ValidationIssue(
                        field: field + "/network",
                        detail: "network must be one of VISA, MASTERCARD, AMERICAN EXPRESS, DISCOVER."
                    )
                )
            }
            let status = input.status.map { CardStatus(rawValue: $0.uppercased()) } ?? .enabled
            if status == nil {
                issues.append(ValidationIssue(field: field + "/status", detail: "status must be ENABLED or DISABLED."))
            }
            if let network, let status, issues.isEmpty {
                let duplicate = result.contains { $0.bin == input.bin && $0.lastFour == input.lastFour }
                if !duplicate {
                    result.append(
                        Card(
                            id: self.ids.randomHex(byteCount: 12),
                            bin: input.bin,
                            lastFour: input.lastFour,
                            issuer: input.issuer,
                            network: network,
                            status: status,
                            createdAt: now
                        )
                    )
                }
            }
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        return result
    }

    private func checkCardsAreFree(_ cards: [Card], for user: UserID, in organization: OrganizationID) async throws {
        for card in cards {
            if let holder = try await self.store.cardHolder(bin: card.bin, lastFour: card.lastFour),
                holder != CardHolder(organizationID: organization, userID: user)
            {
                throw DomainError.cardAlreadyRegistered
            }
        }
    }
}

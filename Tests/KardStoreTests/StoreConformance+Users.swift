import Foundation
import KardCore
import Testing

extension StoreConformance {
    /// Inserts organizations `ids` (top-level, no client).
    static func insertOrganizations(_ ids: String..., into store: any KardStore) async throws {
        for id in ids {
            try await store.insertOrganization(Fixtures.organization(id), credential: nil)
        }
    }

    @Test("a user round-trips every field, with its cards by creation time then id", arguments: StoreBackend.enabled)
    func userRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let cards = [
                Fixtures.card("c-late", lastFour: "0003", network: .discover, createdAt: Fixtures.date(2)),
                Fixtures.card("c-b", lastFour: "0002", network: .americanExpress, status: .disabled),
                Fixtures.card("c-a", bin: "51000000", lastFour: "0001", network: .mastercard),
            ]
            let full = Fixtures.user("full", in: "100", profile: Fixtures.fullProfile, cards: cards)
            let minimal = Fixtures.user("minimal", in: "100", profile: UserProfile(enrolledRewards: []))
            #expect(try await store.insertUsers([full, minimal]) == [])

            let storedFull = try #require(try await store.user(UserID("full"), in: OrganizationID("100")))
            #expect(storedFull.cards.map(\.id) == ["c-a", "c-b", "c-late"])
            var expected = full
            expected.cards = [cards[2], cards[1], cards[0]]
            #expect(storedFull == expected)
            #expect(storedFull.profile == Fixtures.fullProfile)
            #expect(storedFull.createdAt == Fixtures.date(10))
            #expect(storedFull.updatedAt == Fixtures.date(20))

            #expect(try await store.user(UserID("minimal"), in: OrganizationID("100")) == minimal)
            #expect(try await store.user(UserID("missing"), in: OrganizationID("100")) == nil)
            #expect(try await store.user(UserID("full"), in: OrganizationID("999")) == nil)
            #expect(try await store.insertUsers([]) == [])
        }
    }

    @Test("insertUsers reports existing ids and leaves those users untouched", arguments: StoreBackend.enabled)
    func insertUsersReturnsExisting(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let a = Fixtures.user("a", in: "100")
            let b = Fixtures.user("b", in: "100", cards: [Fixtures.card("card-b", lastFour: "1111")])
            #expect(try await store.insertUsers([a, b]) == [])

            var changedB = Fixtures.user("b", in: "100", profile: Fixtures.fullProfile)
            changedB.cards = [Fixtures.card("card-b2", lastFour: "2222")]
            changedB.updatedAt = Fixtures.date(99_000)
            let c = Fixtures.user("c", in: "100", cards: [Fixtures.card("card-c", lastFour: "3333")])
            #expect(try await store.insertUsers([changedB, c, a]) == [UserID("b"), UserID("a")])

            #expect(try await store.user(UserID("a"), in: OrganizationID("100")) == a)
            #expect(try await store.user(UserID("b"), in: OrganizationID("100")) == b)
            #expect(try await store.cardHolder(bin: "424242", lastFour: "2222") == nil)
            #expect(try await store.user(UserID("c"), in: OrganizationID("100")) == c)
        }
    }

    @Test(
        "a repeated id in one insertUsers call: the first is stored, the others reported",
        arguments: StoreBackend.enabled
    )
    func insertUsersRepeatedID(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let first = Fixtures.user("a", in: "100", cards: [Fixtures.card("card-1", lastFour: "1111")])
            let second = Fixtures.user("a", in: "100", profile: Fixtures.fullProfile)
            #expect(try await store.insertUsers([first, second]) == [UserID("a")])
            #expect(try await store.user(UserID("a"), in: OrganizationID("100")) == first)
        }
    }

    @Test("the same user id in two organizations is two users", arguments: StoreBackend.enabled)
    func userIDsAreScopedByOrganization(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let one = Fixtures.user("u", in: "100")
            let two = Fixtures.user("u", in: "200", profile: Fixtures.fullProfile)
            #expect(try await store.insertUsers([one]) == [])
            #expect(try await store.insertUsers([two]) == [])
            #expect(try await store.user(UserID("u"), in: OrganizationID("100")) == one)
            #expect(try await store.user(UserID("u"), in: OrganizationID("200")) == two)
            #expect(try await store.deleteUser(UserID("u"), in: OrganizationID("100")))
            #expect(try await store.user(UserID("u"), in: OrganizationID("200")) == two)
        }
    }

    @Test("a card registered already rolls back the whole insertUsers call", arguments: StoreBackend.enabled)
    func insertUsersDuplicateCardRollsBack(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let holder = Fixtures.user("holder", in: "100", cards: [Fixtures.card("card-1", lastFour: "1111")])
            #expect(try await store.insertUsers([holder]) == [])

            let y = Fixtures.user("y", in: "200", cards: [Fixtures.card("card-2", lastFour: "2222")])
            let z = Fixtures.user("z", in: "200", cards: [Fixtures.card("card-3", lastFour: "1111")])
            await #expect(throws: StoreError.duplicate("card")) {
                try await store.insertUsers([y, z])
            }
            #expect(try await store.user(UserID("y"), in: OrganizationID("200")) == nil)
            #expect(try await store.user(UserID("z"), in: OrganizationID("200")) == nil)
            #expect(try await store.cardHolder(bin: "424242", lastFour: "2222") == nil)
            #expect(
                try await store.cardHolder(bin: "424242", lastFour: "1111")
                    == CardHolder(organizationID: OrganizationID("100"), userID: UserID("holder"))
            )

            // Two new users sharing one card in the same call.
            let p = Fixtures.user("p", in: "200", cards: [Fixtures.card("card-4", lastFour: "4444")])
            let q = Fixtures.user("q", in: "200", cards: [Fixtures.card("card-5", lastFour: "4444")])
            await #expect(throws: StoreError.duplicate("card")) {
                try await store.insertUsers([p, q])
            }
            #expect(try await store.user(UserID("p"), in: OrganizationID("200")) == nil)

            // A reused card id is a duplicate too.
            let r = Fixtures.user("r", in: "200", cards: [Fixtures.card("card-1", lastFour: "5555")])
            await #expect(throws: StoreError.duplicate("card")) {
                try await store.insertUsers([r])
            }
            #expect(try await store.insertUsers([y]) == [])
        }
    }

    @Test("updateUser replaces the profile and updatedAt only", arguments: StoreBackend.enabled)
    func updateUser(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let card = Fixtures.card("card-1", lastFour: "1111")
            let original = Fixtures.user("u", in: "100", profile: Fixtures.fullProfile, cards: [card])
            #expect(try await store.insertUsers([original]) == [])

            var changed = original
            changed.profile = UserProfile(enrolledRewards: [], zipCode: "94105", historicalTransactionsSent: true)
            changed.updatedAt = Fixtures.date(3_600_000)
            changed.createdAt = Fixtures.date(-1)
            changed.cards = []
            #expect(try await store.updateUser(changed))

            let stored = try #require(try await store.user(UserID("u"), in: OrganizationID("100")))
            #expect(stored.profile == changed.profile)
            #expect(stored.profile.email == nil && stored.profile.phoneNumbers.isEmpty)
            #expect(stored.updatedAt == Fixtures.date(3_600_000))
            #expect(stored.createdAt == original.createdAt)
            #expect(stored.cards == [card])

            #expect(try await store.updateUser(Fixtures.user("missing", in: "100")) == false)
            #expect(try await store.user(UserID("missing"), in: OrganizationID("100")) == nil)
            #expect(try await store.updateUser(Fixtures.user("u", in: "999")) == false)
        }
    }

    @Test("deleting a user deletes its cards and frees its id", arguments: StoreBackend.enabled)
    func deleteUser(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let user = Fixtures.user(
                "u",
                in: "100",
                profile: Fixtures.fullProfile,
                cards: [Fixtures.card("card-1", lastFour: "1111"), Fixtures.card("card-2", lastFour: "2222")]
            )
            let other = Fixtures.user("other", in: "100", cards: [Fixtures.card("card-3", lastFour: "3333")])
            #expect(try await store.insertUsers([user, other]) == [])

            #expect(try await store.deleteUser(UserID("u"), in: OrganizationID("100")))
            #expect(try await store.user(UserID("u"), in: OrganizationID("100")) == nil)
            #expect(try await store.cardHolder(bin: "424242", lastFour: "1111") == nil)
            #expect(try await store.cardHolder(bin: "424242", lastFour: "2222") == nil)
            #expect(try await store.deleteUser(UserID("u"), in: OrganizationID("100")) == false)
            #expect(try await store.user(UserID("other"), in: OrganizationID("100")) == other)

            // The id (and its cards) can be enrolled again, starting afresh.
            let again = Fixtures.user("u", in: "100", cards: [Fixtures.card("card-1", lastFour: "1111")])
            #expect(try await store.insertUsers([again]) == [])
            #expect(try await store.user(UserID("u"), in: OrganizationID("100")) == again)
        }
    }

    @Test("addCards adds cards atomically and cardHolder finds their owner", arguments: StoreBackend.enabled)
    func addCards(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let first = Fixtures.card("card-1", lastFour: "1111", createdAt: Fixtures.date(1))
            #expect(try await store.insertUsers([Fixtures.user("u", in: "100", cards: [first])]) == [])
            #expect(try await store.insertUsers([Fixtures.user("v", in: "100")]) == [])
            let owner = CardHolder(organizationID: OrganizationID("100"), userID: UserID("u"))

            let second = Fixtures.card("card-2", bin: "37828200", lastFour: "0005", network: .americanExpress)
            let third = Fixtures.card("card-3", lastFour: "3333", status: .disabled, createdAt: Fixtures.date(2))
            try await store.addCards([third, second], to: UserID("u"), in: OrganizationID("100"))
            try await store.addCards([], to: UserID("u"), in: OrganizationID("100"))
            let stored = try #require(try await store.user(UserID("u"), in: OrganizationID("100")))
            #expect(stored.cards == [second, first, third])
            #expect(try await store.cardHolder(bin: "37828200", lastFour: "0005") == owner)
            #expect(try await store.cardHolder(bin: "424242", lastFour: "3333") == owner)
            #expect(try await store.cardHolder(bin: "424242", lastFour: "9999") == nil)
            #expect(try await store.cardHolder(bin: "424243", lastFour: "1111") == nil)

            // One taken card fails the call and adds none of the others.
            let fresh = Fixtures.card("card-4", lastFour: "4444")
            let taken = Fixtures.card("card-5", lastFour: "1111")
            await #expect(throws: StoreError.duplicate("card")) {
                try await store.addCards([fresh, taken], to: UserID("v"), in: OrganizationID("100"))
            }
            #expect(try await store.cardHolder(bin: "424242", lastFour: "4444") == nil)
            #expect(try await store.user(UserID("v"), in: OrganizationID("100"))?.cards == [])
            await #expect(throws: StoreError.duplicate("card")) {
                try await store.addCards([first], to: UserID("u"), in: OrganizationID("100"))
            }
        }
    }

    @Test(
        "existingUserIDs finds the organization's users among existing, missing and foreign ids",
        arguments: StoreBackend.enabled
    )
    func existingUserIDs(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            // 1,200 users in 100 (more than one chunk of ids), and some ids that exist only in 200.
            let ours = (0..<1_200).map { String(format: "u-%04d", $0) }
            #expect(try await store.insertUsers(ours.map { Fixtures.user($0, in: "100") }) == [])
            let theirs = ["only-200-a", "only-200-b", "u-0000"]
            #expect(try await store.insertUsers(theirs.map { Fixtures.user($0, in: "200") }) == [])

            let organization = OrganizationID("100")
            #expect(try await store.existingUserIDs([], in: organization) == [])
            #expect(try await store.existingUserIDs([UserID("u-0001")], in: organization) == [UserID("u-0001")])
            #expect(try await store.existingUserIDs([UserID("only-200-a")], in: organization) == [])
            #expect(try await store.existingUserIDs([UserID("u-0001")], in: OrganizationID("999")) == [])

            // Every other user of 100, 900 missing ids, and the ids of 200: 2,503 ids.
            let present = Set(ours.enumerated().filter { $0.offset.isMultiple(of: 2) }.map { UserID($0.element) })
            let missing = Set((0..<900).map { UserID("missing-\($0)") })
            let foreign = Set(theirs.dropLast().map(UserID.init))
            let asked = present.union(missing).union(foreign)
            #expect(asked.count == 600 + 900 + 2)
            #expect(try await store.existingUserIDs(asked, in: organization) == present)
            #expect(
                try await store.existingUserIDs(asked.union([UserID("u-0000")]), in: OrganizationID("200"))
                    == foreign.union([UserID("u-0000")])
            )
            #expect(try await store.existingUserIDs(Set(ours.map(UserID.init)), in: organization).count == 1_200)
        }
    }
}

import Foundation
import KardCore
import Testing

extension Fixtures {
    /// An inbox event; its payload is canonical-looking JSON naming the event and `amount`.
    static func inboxEvent(
        _ eventID: String,
        of transactionID: String = "t-1",
        in organization: String = "100",
        user: String = "u",
        amount: Int = 1_000,
        receivedAt: Date = Fixtures.date()
    ) -> StoredTransactionEvent {
        StoredTransactionEvent(
            organizationID: OrganizationID(organization),
            eventID: eventID,
            transactionID: transactionID,
            userID: UserID(user),
            payload: #"{"amount":\#(amount),"id":"\#(eventID)","note":"é \"q\" \\ {NULL}"}"#,
            receivedAt: receivedAt
        )
    }
}

extension StoreConformance {
    @Test("inbox events read back exactly, per transaction, in arrival order", arguments: StoreBackend.enabled)
    func inboxRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let organization = OrganizationID("100")
            let cleared = Fixtures.inboxEvent("e-2", receivedAt: Fixtures.date(-5_000))
            let authorized = Fixtures.inboxEvent("e-1", user: "v", amount: 0, receivedAt: Fixtures.date(7))
            let other = Fixtures.inboxEvent("e-3", of: "t-2")
            #expect(
                try await store.appendTransactionEvents([cleared, other, authorized])
                    == ["e-2": .appended, "e-3": .appended, "e-1": .appended]
            )
            var unicode = Fixtures.inboxEvent("e-4 ü/日本", receivedAt: Fixtures.date(1))
            unicode.payload = "{}"
            #expect(try await store.appendTransactionEvents([unicode]) == ["e-4 ü/日本": .appended])
            #expect(try await store.appendTransactionEvents([]) == [:])

            // Arrival order, not event id or receivedAt order.
            let events = try await store.transactionEvents(of: "t-1", in: organization)
            #expect(events == [cleared, authorized, unicode])
            #expect(events.first?.payload == cleared.payload)
            #expect(events.first?.receivedAt == Fixtures.date(-5_000))
            #expect(try await store.transactionEvents(of: "t-2", in: organization) == [other])
            #expect(try await store.transactionEvents(of: "missing", in: organization) == [])
            #expect(try await store.transactionEvents(of: "t-1", in: OrganizationID("999")) == [])
            #expect(try await store.transactionEventCount(in: organization) == 4)
            #expect(try await store.transactionEventCount(in: OrganizationID("999")) == 0)
        }
    }

    @Test(
        "a stored event offered again is a repeat, or a conflict when its payload differs",
        arguments: StoreBackend.enabled
    )
    func inboxRepeats(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let first = Fixtures.inboxEvent("e-1")
            let second = Fixtures.inboxEvent("e-2")
            #expect(try await store.appendTransactionEvents([first, second]) == ["e-1": .appended, "e-2": .appended])

            // Only the payload counts: a later receivedAt or another transaction id does not make a conflict.
            var resent = first
            resent.receivedAt = Fixtures.date(60_000)
            resent.transactionID = "t-other"
            let changed = Fixtures.inboxEvent("e-2", amount: 999)
            let fresh = Fixtures.inboxEvent("e-3")
            #expect(
                try await store.appendTransactionEvents([resent, changed, fresh])
                    == ["e-1": .repeated, "e-2": .conflicting, "e-3": .appended]
            )
            #expect(try await store.transactionEvents(of: "t-1", in: OrganizationID("100")) == [first, second, fresh])
            #expect(try await store.transactionEvents(of: "t-other", in: OrganizationID("100")) == [])
            #expect(try await store.transactionEventCount(in: OrganizationID("100")) == 3)
        }
    }

    @Test(
        "an id given twice in one call: the first is appended, then repeats or conflicts",
        arguments: StoreBackend.enabled
    )
    func inboxDuplicatesInOneBatch(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let a = Fixtures.inboxEvent("a", amount: 1)
            var laterA = a
            laterA.receivedAt = Fixtures.date(1)
            let b = Fixtures.inboxEvent("b", amount: 1)
            let otherB = Fixtures.inboxEvent("b", amount: 2)
            let stored = Fixtures.inboxEvent("s")
            #expect(try await store.appendTransactionEvents([stored]) == ["s": .appended])

            // One outcome per id: `.conflicting` when any occurrence conflicts, else that of the first occurrence.
            let outcomes = try await store.appendTransactionEvents([a, b, laterA, otherB, stored, stored, b])
            #expect(outcomes == ["a": .appended, "b": .conflicting, "s": .repeated])
            #expect(try await store.transactionEvents(of: "t-1", in: OrganizationID("100")) == [stored, a, b])

            // Conflicting with each other but both new: the first is kept.
            let c = Fixtures.inboxEvent("c", amount: 1)
            let c2 = Fixtures.inboxEvent("c", amount: 2)
            #expect(try await store.appendTransactionEvents([c, c2, c]) == ["c": .conflicting])
            #expect(try await store.transactionEvents(of: "t-1", in: OrganizationID("100")).last == c)
            #expect(try await store.transactionEventCount(in: OrganizationID("100")) == 4)
        }
    }

    @Test("the same event id in two organizations is two events", arguments: StoreBackend.enabled)
    func inboxIDsAreScopedByOrganization(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let one = Fixtures.inboxEvent("e", in: "100", amount: 1)
            let two = Fixtures.inboxEvent("e", in: "200", amount: 2)
            #expect(try await store.appendTransactionEvents([one]) == ["e": .appended])
            #expect(try await store.appendTransactionEvents([two]) == ["e": .appended])
            #expect(try await store.appendTransactionEvents([two]) == ["e": .repeated])
            #expect(try await store.transactionEvents(of: "t-1", in: OrganizationID("100")) == [one])
            #expect(try await store.transactionEvents(of: "t-1", in: OrganizationID("200")) == [two])
            #expect(try await store.transactionEventCount(in: OrganizationID("100")) == 1)
            #expect(try await store.transactionEventCount(in: OrganizationID("200")) == 1)
        }
    }

    @Test("an event of a missing organization fails the whole call", arguments: StoreBackend.enabled)
    func inboxMissingOrganization(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", into: store)
            let fine = Fixtures.inboxEvent("e-1")
            let orphan = Fixtures.inboxEvent("e-2", in: "999")
            await #expect(throws: StoreError.missingReference("organization 999")) {
                try await store.appendTransactionEvents([fine, orphan])
            }
            #expect(try await store.transactionEventCount(in: OrganizationID("100")) == 0)
        }
    }

    @Test("a 500-event call and 5,000 events in ten calls keep every event in order", arguments: StoreBackend.enabled)
    func inboxLargeBatches(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            // Ten transactions, their events interleaved across and within calls.
            let events = (0..<5_000).map { index in
                Fixtures.inboxEvent(
                    String(format: "e-%05d", 4_999 - index),
                    of: "t-\(index % 10)",
                    user: "u-\(index % 7)",
                    amount: index,
                    receivedAt: Fixtures.date(Int64(index))
                )
            }
            let first = Array(events.prefix(500))
            let outcomes = try await store.appendTransactionEvents(first)
            #expect(outcomes.count == 500)
            #expect(outcomes.values.allSatisfy { $0 == .appended })
            #expect(try await store.transactionEventCount(in: OrganizationID("100")) == 500)

            for start in stride(from: 500, to: 5_000, by: 500) {
                // Each call repeats the previous call's last 50 events.
                let batch = Array(events[(start - 50)..<(start + 500)])
                let outcomes = try await store.appendTransactionEvents(batch)
                #expect(outcomes.count == 550)
                #expect(outcomes.values.filter { $0 == .repeated }.count == 50)
                #expect(outcomes.values.filter { $0 == .appended }.count == 500)
            }
            #expect(try await store.transactionEventCount(in: OrganizationID("100")) == 5_000)
            #expect(try await store.transactionEventCount(in: OrganizationID("200")) == 0)
            for transaction in 0..<10 {
                let stored = try await store.transactionEvents(of: "t-\(transaction)", in: OrganizationID("100"))
                #expect(stored == events.filter { $0.transactionID == "t-\(transaction)" })
            }

            let changed = events.prefix(500).map { event in
                var event = event
                event.payload += " "
                return event
            }
            let conflicts = try await store.appendTransactionEvents(changed)
            #expect(conflicts.count == 500 && conflicts.values.allSatisfy { $0 == .conflicting })
            #expect(try await store.transactionEventCount(in: OrganizationID("100")) == 5_000)
        }
    }

    @Test("deleting an organization deletes its inbox", arguments: StoreBackend.enabled)
    func inboxCascadesOnOrganizationDelete(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let events = [Fixtures.inboxEvent("e-1", in: "100"), Fixtures.inboxEvent("e-2", in: "100")]
            let kept = Fixtures.inboxEvent("e-1", in: "200")
            _ = try await store.appendTransactionEvents(events + [kept])
            #expect(try await store.deleteOrganization(OrganizationID("100")))
            #expect(try await store.transactionEventCount(in: OrganizationID("100")) == 0)
            #expect(try await store.transactionEvents(of: "t-1", in: OrganizationID("100")) == [])
            #expect(try await store.transactionEvents(of: "t-1", in: OrganizationID("200")) == [kept])

            // The ids are free again for a new organization with the same id.
            try await Self.insertOrganizations("100", into: store)
            #expect(try await store.appendTransactionEvents([events[0]]) == ["e-1": .appended])
        }
    }
}

import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test("audits round-trip every field, scoped by organization when asked", arguments: StoreBackend.enabled)
    func auditRoundTrip(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let full = Fixtures.fullAudit("a-1")
            let plain = Fixtures.audit("a-2", 10)
            let other = Fixtures.audit("a-3", in: "200")
            let notification = Fixtures.notification("audit/a-1/IN_PROGRESS", event: .auditUpdate)
            try await store.createAudits([full, plain], notifications: [notification])
            try await store.createAudits([other], notifications: [])

            #expect(try await store.audit("a-1", in: OrganizationID("100")) == full)
            #expect(try await store.audit("a-1", in: nil) == full)
            #expect(try await store.audit("a-1", in: OrganizationID("200")) == nil)
            #expect(try await store.audit("a-2", in: OrganizationID("100")) == plain)
            #expect(try await store.audit("a-3", in: nil) == other)
            #expect(try await store.audit("missing", in: nil) == nil)
            let stored = try await store.notifications(
                in: OrganizationID("100"),
                event: nil,
                afterSequence: nil,
                limit: 10
            )
            #expect(stored.map(Fixtures.withoutSequence) == [notification])
        }
    }

    @Test("creating an audit whose id exists stores nothing of the call", arguments: StoreBackend.enabled)
    func duplicateAudits(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            try await store.createAudits([Fixtures.audit("a-1")], notifications: [])

            await #expect(throws: StoreError.duplicate("audit a-1")) {
                try await store.createAudits(
                    [Fixtures.audit("a-2"), Fixtures.audit("a-1", transaction: "t-9")],
                    notifications: [Fixtures.notification("audit/a-2/NEW", event: .auditUpdate)]
                )
            }
            await #expect(throws: StoreError.duplicate("audit a-3")) {
                try await store.createAudits([Fixtures.audit("a-3"), Fixtures.audit("a-3")], notifications: [])
            }
            // Audit ids are unique across organizations.
            await #expect(throws: StoreError.duplicate("audit a-1")) {
                try await store.createAudits([Fixtures.audit("a-1", in: "200")], notifications: [])
            }
            await #expect(throws: StoreError.missingReference("organization 999")) {
                try await store.createAudits(
                    [Fixtures.audit("a-4"), Fixtures.audit("a-5", in: "999")],
                    notifications: []
                )
            }
            #expect(try await store.audit("a-1", in: nil) == Fixtures.audit("a-1"))
            for id in ["a-2", "a-3", "a-4", "a-5"] {
                #expect(try await store.audit(id, in: nil) == nil)
            }
            #expect(try await store.audits(in: nil, status: nil, beforeID: nil, limit: 10).map(\.auditID) == ["a-1"])
            #expect(
                try await store.notifications(in: OrganizationID("100"), event: nil, afterSequence: nil, limit: 10)
                    == []
            )
        }
    }

    @Test("audits list newest first, by status and organization, in pages", arguments: StoreBackend.enabled)
    func auditListing(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            try await store.createAudits(
                [
                    Fixtures.audit("x-3", 10), Fixtures.audit("x-1", 0), Fixtures.audit("x-5", status: .closed, 30),
                    Fixtures.audit("x-2", 10), Fixtures.audit("x-4", in: "200", 20),
                ],
                notifications: []
            )
            func ids(
                _ organization: String?,
                status: AuditStatus? = nil,
                before: String? = nil,
                limit: Int = 10
            ) async throws -> [String] {
                try await store.audits(
                    in: organization.map(OrganizationID.init),
                    status: status,
                    beforeID: before,
                    limit: limit
                ).map(\.auditID)
            }
            #expect(try await ids(nil) == ["x-5", "x-4", "x-3", "x-2", "x-1"])
            #expect(try await ids("100") == ["x-5", "x-3", "x-2", "x-1"])
            #expect(try await ids("200") == ["x-4"])
            #expect(try await ids(nil, status: .closed) == ["x-5"])
            #expect(try await ids("100", status: .new) == ["x-3", "x-2", "x-1"])
            #expect(try await ids("200", status: .closed) == [])
            #expect(try await ids(nil, limit: 2) == ["x-5", "x-4"])
            #expect(try await ids(nil, before: "x-4", limit: 2) == ["x-3", "x-2"])
            #expect(try await ids(nil, before: "x-2", limit: 2) == ["x-1"])
            #expect(try await ids(nil, before: "x-1", limit: 2) == [])
            #expect(try await ids("100", before: "x-3") == ["x-2", "x-1"])
            #expect(try await ids("100", status: .new, before: "x-5") == ["x-3", "x-2", "x-1"])
            #expect(
                try await store.audits(in: nil, status: nil, beforeID: nil, limit: 10).first
                    == Fixtures.audit("x-5", status: .closed, 30)
            )
        }
    }

    @Test("open audits of a transaction leave out closed ones", arguments: StoreBackend.enabled)
    func openAudits(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            try await store.createAudits(
                [
                    Fixtures.audit("a-1", status: .new), Fixtures.audit("a-2", status: .inProgress, 5),
                    Fixtures.audit("a-3", status: .closed), Fixtures.audit("a-4", transaction: "t-2"),
                    Fixtures.audit("a-5", in: "200"),
                ],
                notifications: []
            )
            let open = try await store.openAudits(of: "t-1", in: OrganizationID("100"))
            #expect(Set(open.map(\.auditID)) == ["a-1", "a-2"])
            #expect(open.first { $0.auditID == "a-2" } == Fixtures.audit("a-2", status: .inProgress, 5))
            #expect(try await store.openAudits(of: "t-1", in: OrganizationID("200")).map(\.auditID) == ["a-5"])
            #expect(try await store.openAudits(of: "t-3", in: OrganizationID("100")) == [])
        }
    }

    @Test(
        "updating an audit stores its resolution, notifications and entries; a missing audit stores nothing",
        arguments: StoreBackend.enabled
    )
    func updateAudit(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.insertOrganizations("100", "200", into: store)
            let organization = OrganizationID("100")
            let audit = Fixtures.audit("a-1")
            try await store.createAudits([audit], notifications: [])

            var closed = audit
            closed.status = .closed
            closed.resolutionCode = 1
            closed.resolutionDescription = "cash back granted"
            closed.resolvedAt = Fixtures.date(7_000)
            closed.updatedAt = Fixtures.date(7_001)
            let adjustment = Fixtures.ledgerEntry("t-1", .adjustment, event: "a-1", userCents: 500)
            let notification = Fixtures.notification("audit/a-1/CLOSED", event: .auditUpdate)
            #expect(try await store.updateAudit(closed, notifications: [notification], ledgerEntries: [adjustment]))
            #expect(try await store.audit("a-1", in: organization) == closed)
            #expect(try await store.openAudits(of: "t-1", in: organization) == [])
            #expect(
                try await store.ledgerEntries(of: "t-1", in: organization).map(Fixtures.withoutSequence) == [adjustment]
            )

            // Reopened, then closed again with the same entry: the entry is not written twice.
            var reopened = closed
            reopened.status = .inProgress
            reopened.resolutionCode = nil
            reopened.resolutionDescription = nil
            reopened.resolvedAt = nil
            reopened.updatedAt = Fixtures.date(8_000)
            #expect(try await store.updateAudit(reopened, notifications: [], ledgerEntries: [adjustment]))
            #expect(try await store.audit("a-1", in: nil) == reopened)
            #expect(try await store.ledgerEntries(of: "t-1", in: organization).count == 1)

            let missing = Fixtures.audit("a-404")
            let missingEntry = Fixtures.ledgerEntry("t-2", .adjustment, event: "a-404")
            let missingNotification = Fixtures.notification("audit/a-404/CLOSED", event: .auditUpdate)
            #expect(
                try await !store.updateAudit(
                    missing,
                    notifications: [missingNotification],
                    ledgerEntries: [missingEntry]
                )
            )
            // Another organization's audit is not found either.
            var foreign = closed
            foreign.organizationID = OrganizationID("200")
            #expect(try await !store.updateAudit(foreign, notifications: [], ledgerEntries: []))
            #expect(try await store.audit("a-1", in: nil) == reopened)
            #expect(try await store.audit("a-404", in: nil) == nil)
            #expect(try await store.ledgerEntries(of: "t-2", in: organization) == [])
            let stored = try await store.notifications(in: organization, event: nil, afterSequence: nil, limit: 10)
            #expect(stored.map(Fixtures.withoutSequence) == [notification])
        }
    }
}

import Foundation

/// Organizations as an issuer sees them: its own, and the child organizations it manages.
public struct OrganizationService: Sendable {
    /// Largest page of children.
    public static let maximumPageSize = 200

    private let store: any OrganizationStore
    private let clock: any WallClock
    private let ids: any IDGenerator

    public init(store: any OrganizationStore, clock: any WallClock, ids: any IDGenerator) {
        self.store = store
        self.clock = clock
        self.ids = ids
    }

    /// The organization `target` when `principal` may act for it (itself or one of its children).
    /// Anything else, existing or not, is refused the same way, so that nothing is revealed.
    public func accessible(_ target: OrganizationID, by principal: OrganizationID) async throws -> Organization {
        if let organization = try await self.store.organization(target),
            organization.id == principal || organization.parentID == principal
        {
            return organization
        }
        throw DomainError.forbidden("You do not have access to organization \(target).")
    }

    /// The organization itself, or ``DomainError/notFound(resource:id:)``.
    public func organization(_ id: OrganizationID) async throws -> Organization {
        guard let organization = try await self.store.organization(id) else {
            throw DomainError.notFound(resource: "Organization", id: id.rawValue)
        }
        return organization
    }

    /// A page of children, and whether more follow.
    public func children(
        of parent: OrganizationID,
        after: OrganizationID?,
        pageSize: Int
    ) async throws -> (children: [Organization], hasNextPage: Bool) {
        let rows = try await self.store.children(of: parent, after: after, limit: pageSize + 1)
        return (Array(rows.prefix(pageSize)), rows.count > pageSize)
    }

    /// Creates a child by cloning `parent` and applying the given name, external id and BINs.
    public func createChild(
        of parent: Organization,
        name: String,
        externalID: String?,
        bins: [String]?
    ) async throws -> Organization {
        if parent.parentID != nil {
            throw DomainError.forbidden("A child organization cannot have children of its own.")
        }
        var issues: [ValidationIssue] = []
        if let problem = OrganizationRules.problem(withChildName: name) {
            issues.append(ValidationIssue(field: "name", detail: problem))
        }
        issues += OrganizationRules.issues(withBINs: bins ?? [])
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        try await self.checkUnique(name: name, externalID: externalID, among: parent.id, except: nil)
        let now = self.clock.now()
        for _ in 0..<5 {
            var child = parent
            child.id = OrganizationID(self.ids.randomDigits(8))
            child.parentID = parent.id
            child.name = name
            child.externalID = externalID
            child.bins = bins ?? parent.bins
            child.createdAt = now
            child.updatedAt = now
            do {
                try await self.store.insertOrganization(child, credential: nil)
                return child
            } catch StoreError.duplicate {
                continue  // an 8-digit id collided; draw another
            }
        }
        throw DomainError.conflict("Could not allocate an organization id; try again.")
    }

    /// Changes a child's name, external id or BINs; absent values are kept.
    public func updateChild(
        _ child: Organization,
        name: String?,
        externalID: String?,
        bins: [String]?
    ) async throws -> Organization {
        var issues: [ValidationIssue] = []
        if let name, let problem = OrganizationRules.problem(withChildName: name) {
            issues.append(ValidationIssue(field: "name", detail: problem))
        }
        issues += OrganizationRules.issues(withBINs: bins ?? [])
        if !issues.isEmpty { throw DomainError.invalid(issues) }
        guard let parent = child.parentID else {
            throw DomainError.notFound(resource: "Child organization", id: child.id.rawValue)
        }
        try await self.checkUnique(name: name, externalID: externalID, among: parent, except: child.id)
        var updated = child
        updated.name = name ?? child.name
        updated.externalID = externalID ?? child.externalID
        updated.bins = bins ?? child.bins
        updated.updatedAt = self.clock.now()
        guard try await self.store.updateOrganization(updated) else {
            throw DomainError.notFound(resource: "Child organization", id: child.id.rawValue)
        }
        return updated
    }

    /// Deletes a child organization with its users.
    public func deleteChild(_ child: Organization) async throws {
        guard child.parentID != nil, try await self.store.deleteOrganization(child.id) else {
            throw DomainError.notFound(resource: "Child organization", id: child.id.rawValue)
        }
    }

    /// The child `childID` of `parent`, or ``DomainError/notFound(resource:id:)``.
    public func child(_ childID: OrganizationID, of parent: OrganizationID) async throws -> Organization {
        guard let child = try await self.store.organization(childID), child.parentID == parent else {
            throw DomainError.notFound(resource: "Child organization", id: childID.rawValue)
        }
        return child
    }

    private func checkUnique(
        name: String?,
        externalID: String?,
        among parent: OrganizationID,
        except: OrganizationID?
    ) async throws {
        let siblings = try await self.store.children(of: parent, after: nil, limit: Int(Int32.max))
            .filter { $0.id != except }
        if let name, siblings.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            throw DomainError.conflict("A child organization named '\(name)' already exists.")
        }
        if let externalID, siblings.contains(where: { $0.externalID == externalID }) {
            throw DomainError.conflict("A child organization with externalId '\(externalID)' already exists.")
        }
    }
}

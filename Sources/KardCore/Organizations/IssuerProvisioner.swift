import Foundation

/// Creates top-level issuers with their first OAuth client and webhook key (operator commands and the sandbox).
public struct IssuerProvisioner: Sendable {
    private let store: any OrganizationStore
    private let hasher: any SecretHasher
    private let clock: any WallClock
    private let ids: any IDGenerator

    public init(store: any OrganizationStore, hasher: any SecretHasher, clock: any WallClock, ids: any IDGenerator) {
        self.store = store
        self.hasher = hasher
        self.clock = clock
        self.ids = ids
    }

    /// What an operator hands to the issuer. The client secret is shown once and only its hash is stored.
    public struct IssuerCredentials: Sendable, Equatable, Codable {
        public var organizationId: String
        public var clientId: String
        public var clientSecret: String
        public var webhookKey: String

        public init(organizationId: String, clientId: String, clientSecret: String, webhookKey: String) {
            self.organizationId = organizationId
            self.clientId = clientId
            self.clientSecret = clientSecret
            self.webhookKey = webhookKey
        }
    }

    /// Creates an issuer. The name is uppercased; the organization id is generated when not given.
    public func createIssuer(
        name: String,
        organizationID: String? = nil,
        isSandbox: Bool = false,
        webhookURL: String? = nil
    ) async throws -> IssuerCredentials {
        var issues: [ValidationIssue] = []
        if let problem = OrganizationRules.problem(withIssuerName: name) {
            issues.append(ValidationIssue(field: "name", detail: problem))
        }
        if let organizationID, let problem = Self.problem(withOrganizationID: organizationID) {
            issues.append(ValidationIssue(field: "organizationId", detail: problem))
        }
        if let webhookURL, URL(string: webhookURL)?.scheme.map({ ["http", "https"].contains($0) }) != true {
            issues.append(ValidationIssue(field: "webhookUrl", detail: "The webhook URL must be an http or https URL."))
        }
        if !issues.isEmpty { throw DomainError.invalid(issues) }

        let now = self.clock.now()
        let organization = Organization(
            id: OrganizationID(organizationID ?? "org-" + self.ids.randomHex(byteCount: 6)),
            name: name.uppercased(),
            isSandbox: isSandbox,
            webhookURL: webhookURL,
            webhookKey: self.ids.randomHex(byteCount: 32),
            createdAt: now,
            updatedAt: now
        )
        let secret = self.ids.randomHex(byteCount: 32)
        let credential = ClientCredential(
            clientID: self.ids.randomHex(byteCount: 13),
            secretHash: self.hasher.hash(secret),
            organizationID: organization.id,
            scopes: Scope.all,
            createdAt: now
        )
        do {
            try await self.store.insertOrganization(organization, credential: credential)
        } catch StoreError.duplicate {
            throw DomainError.conflict("Organization \(organization.id) already exists.")
        }
        return IssuerCredentials(
            organizationId: organization.id.rawValue,
            clientId: credential.clientID,
            clientSecret: secret,
            webhookKey: organization.webhookKey
        )
    }

    static func problem(withOrganizationID id: String) -> String? {
        guard !id.isEmpty, id.count <= 64 else { return "The organization id must be 1 to 64 characters." }
        guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            return "The organization id may contain only ASCII letters, digits, '-' and '_'."
        }
        return nil
    }
}

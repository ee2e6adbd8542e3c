import KardCore

/// Checks an OAuth client's id and secret against the stored hash, in constant time, and takes as long for an
/// unknown client as for a known one, so that timing does not reveal which ids exist.
struct ClientAuthenticator {
    let platform: Platform

    func verify(_ clientID: String, _ secret: String) async throws -> ClientCredential {
        let credential = try await self.platform.store.credential(clientID: clientID)
        let storedHash = credential?.secretHash ?? self.platform.hasher.hash("unknown client")
        let matches = self.platform.hasher.verify(secret, against: storedHash)
        guard let credential, matches else { throw AuthenticationFailure.invalidClientCredentials }
        return credential
    }
}

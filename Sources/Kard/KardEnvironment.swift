#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the Kard API lives.
public enum KardEnvironment: Sendable, Hashable {
    /// `https://rewards-api.getkard.com`, the default.
    case production
    /// `https://test-rewards-api.getkard.com`.
    case sandbox
    /// Any other base URL, such as a self-hosted server; a path prefix is kept.
    case custom(URL)

    /// The base URL as a string.
    public var baseURLString: String {
        switch self {
        case .production: "https://rewards-api.getkard.com"
        case .sandbox: "https://test-rewards-api.getkard.com"
        case .custom(let url): url.absoluteString
        }
    }
}

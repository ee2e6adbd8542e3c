/// An HTTP request method.
public struct KardHTTPMethod: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The method token, such as `GET`.
    public let rawValue: String

    /// Creates a method from its token.
    ///
    /// - Parameter rawValue: The method token, such as `GET`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `GET`.
    public static let get = KardHTTPMethod(rawValue: "GET")
    /// `POST`.
    public static let post = KardHTTPMethod(rawValue: "POST")
    /// `PUT`.
    public static let put = KardHTTPMethod(rawValue: "PUT")
    /// `PATCH`.
    public static let patch = KardHTTPMethod(rawValue: "PATCH")
    /// `DELETE`.
    public static let delete = KardHTTPMethod(rawValue: "DELETE")

    /// The method token.
    public var description: String { self.rawValue }
}

/// A decoded answer together with its HTTP status and headers; what every `…Raw` method returns.
public struct KardResponse<Value> {
    /// The HTTP status.
    public var status: Int
    /// The response headers.
    public var headers: KardHeaders
    /// The decoded body.
    public var data: Value

    /// Creates a response.
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - headers: The response headers.
    ///   - data: The decoded body.
    public init(status: Int, headers: KardHeaders, data: Value) {
        self.status = status
        self.headers = headers
        self.data = data
    }

    /// Returns the same response with its data transformed.
    ///
    /// - Parameter transform: Turns the data into another value.
    /// - Returns: The response carrying the new value.
    /// - Throws: Whatever `transform` throws.
    public func map<NewValue, Failure: Error>(
        _ transform: (Value) throws(Failure) -> NewValue
    ) throws(Failure) -> KardResponse<NewValue> {
        KardResponse<NewValue>(status: self.status, headers: self.headers, data: try transform(self.data))
    }
}

extension KardResponse: Sendable where Value: Sendable {}
extension KardResponse: Equatable where Value: Equatable {}

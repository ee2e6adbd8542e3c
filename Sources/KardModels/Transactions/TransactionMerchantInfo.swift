/// The merchant of a transaction event (`Merchant`).
public struct TransactionMerchantInfo: Codable, Sendable, Equatable {
    /// The acquirer's merchant id (MID), usually 15 digits; required for local offers.
    public var id: String?
    /// The merchant's name. Required by the API.
    public var name: String?
    /// The street address.
    public var addrStreet: String?
    /// The city.
    public var addrCity: String?
    /// The two-letter state code.
    public var addrState: USState?
    /// The ZIP code.
    public var addrZipcode: String?
    /// The country.
    public var addrCountry: String?
    /// The latitude, as text (`"37.9419429"`).
    public var latitude: String?
    /// The longitude, as text (`"-73.1446869"`).
    public var longitude: String?
    /// The id of the store the transaction came from.
    public var storeId: String?

    /// Creates a merchant.
    ///
    /// - Parameters:
    ///   - id: The acquirer's merchant id (MID).
    ///   - name: The merchant's name; required by the API.
    ///   - addrStreet: The street address.
    ///   - addrCity: The city.
    ///   - addrState: The two-letter state code.
    ///   - addrZipcode: The ZIP code.
    ///   - addrCountry: The country.
    ///   - latitude: The latitude, as text.
    ///   - longitude: The longitude, as text.
    ///   - storeId: The id of the store.
    public init(
        id: String? = nil,
        name: String?,
        addrStreet: String? = nil,
        addrCity: String? = nil,
        addrState: USState? = nil,
        addrZipcode: String? = nil,
        addrCountry: String? = nil,
        latitude: String? = nil,
        longitude: String? = nil,
        storeId: String? = nil
    ) {
        self.id = id
        self.name = name
        self.addrStreet = addrStreet
        self.addrCity = addrCity
        self.addrState = addrState
        self.addrZipcode = addrZipcode
        self.addrCountry = addrCountry
        self.latitude = latitude
        self.longitude = longitude
        self.storeId = storeId
    }
}

/// The network-specific merchant ids of a transaction event (`ProcessorMid`): `{"processor": "VISA", "mids"}`.
public struct TransactionProcessorMids: Codable, Sendable, Equatable {
    /// The network the ids belong to; only `VISA` today. Required by the API.
    public var processor: TransactionCardNetworkValue?
    /// The ids. Required by the API.
    public var mids: TransactionVisaMids?

    /// Creates network-specific merchant ids.
    ///
    /// - Parameters:
    ///   - processor: The network, only `VISA` today.
    ///   - mids: The ids.
    public init(processor: TransactionCardNetworkValue?, mids: TransactionVisaMids?) {
        self.processor = processor
        self.mids = mids
    }

    /// Visa merchant and store ids.
    ///
    /// - Parameter mids: The ids.
    /// - Returns: Ids with `processor` `VISA`.
    public static func visa(_ mids: TransactionVisaMids) -> TransactionProcessorMids {
        TransactionProcessorMids(processor: .visa, mids: mids)
    }
}

/// Visa's merchant ids (`VisaMidDetails`).
public struct TransactionVisaMids: Codable, Sendable, Equatable {
    /// The Visa merchant id (VMID). Required by the API.
    public var vmid: String?
    /// The Visa store id (VSID). Required by the API.
    public var vsid: String?

    /// Creates Visa merchant ids.
    ///
    /// - Parameters:
    ///   - vmid: The Visa merchant id.
    ///   - vsid: The Visa store id.
    public init(vmid: String?, vsid: String?) {
        self.vmid = vmid
        self.vsid = vsid
    }
}

import Foundation
import Hummingbird
import KardCore
import KardModels

/// The operator's admin API for the catalog (admin token, not issuer tokens): export and import whole catalog
/// files, put a single offer, and expire an offer now.
struct AdminCatalogController {
    let store: any KardStore
    let cache: CatalogIndexCache
    let clock: any WallClock

    func addRoutes(to group: RouterGroup<KardRequestContext>) {
        group.get("/admin/catalog", use: self.export)
        group.post("/admin/catalog", use: self.importCatalog)
        group.put("/admin/offers/:offerId", use: self.putOffer)
        group.post("/admin/offers/:offerId/expire", use: self.expire)
    }

    /// The whole catalog as a catalog file (`?format=json`, the default, or `csv`).
    @Sendable func export(request: Request, context: KardRequestContext) async throws -> Response {
        let format = try request.enumQuery("format", as: CatalogFileFormat.self) ?? .json
        let data = CatalogFileWriter().write(try await self.store.loadCatalog(), format: format)
        return Response(
            status: .ok,
            headers: [.contentType: format == .json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// Imports a catalog file (JSON, or CSV with `Content-Type: text/csv` or `?format=csv`); `?dryRun=true` only
    /// checks it. Every problem is reported with its row; nothing is written unless the whole file is valid.
    @Sendable func importCatalog(request: Request, context: KardRequestContext) async throws -> Response {
        let isCSV = request.headers[.contentType]?.lowercased().contains("csv") == true
        let format = try request.enumQuery("format", as: CatalogFileFormat.self) ?? (isCSV ? .csv : .json)
        let dryRun = try request.booleanQuery("dryRun") ?? false
        let body = try await request.body.collect(upTo: Self.maximumFileSize)
        let result = try await self.importing(Data(body.readableBytesView), format: format, dryRun: dryRun)
        return JSONResponse.make(ImportSummary(result, dryRun: dryRun))
    }

    /// Creates or replaces one offer from its catalog-file JSON object; its merchant must be stored already.
    @Sendable func putOffer(request: Request, context: KardRequestContext) async throws -> Response {
        let offerID = try context.parameters.require("offerId")
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let (offer, created) = try await self.mappingIssues {
            try await self.importer.putOffer(Data(body.readableBytesView), expectedID: offerID)
        }
        await self.cache.invalidate()
        return try self.offerFile(offer, status: created ? .created : .ok)
    }

    /// Ends an offer now: its expiration date becomes the current time.
    @Sendable func expire(request: Request, context: KardRequestContext) async throws -> Response {
        let offer = try await self.importer.expireOffer(OfferID(try context.parameters.require("offerId")))
        await self.cache.invalidate()
        return try self.offerFile(offer, status: .ok)
    }

    /// The largest catalog file accepted: 64 MiB.
    static let maximumFileSize = 64 * 1024 * 1024

    private var importer: CatalogImporter { CatalogImporter(store: self.store, clock: self.clock) }

    private func importing(_ data: Data, format: CatalogFileFormat, dryRun: Bool) async throws -> CatalogImporter.Result
    {
        let result = try await self.mappingIssues {
            try await self.importer.importFile(data, format: format, dryRun: dryRun)
        }
        if result.wrote { await self.cache.invalidate() }
        return result
    }

    /// Runs `body`, answering catalog problems with 400 and one error per problem (row, field, reason).
    private func mappingIssues<Value>(_ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch let error as CatalogFileError {
            throw APIError(
                status: .badRequest,
                errors: error.issues.map { issue in
                    ErrorObject(
                        status: "400",
                        title: "Invalid Catalog",
                        detail: issue.description,
                        source: ErrorSource(pointer: "/" + issue.field.replacingOccurrences(of: ".", with: "/"))
                    )
                }
            )
        }
    }

    /// One offer as a catalog-file JSON object.
    private func offerFile(_ offer: Offer, status: HTTPResponse.Status) throws -> Response {
        let data = CatalogFileWriter().write(Catalog(offers: [offer]), format: .json)
        let object = (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?["offers"] as? [Any]
        let single = try JSONSerialization.data(withJSONObject: object?.first ?? [:], options: [.sortedKeys])
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: single))
        )
    }
}

/// The answer to an import.
struct ImportSummary: Encodable {
    var merchants: Int
    var offers: Int
    var locations: Int
    var new: Int
    var changed: Int
    var unchanged: Int
    var written: Bool
    var dryRun: Bool

    init(_ result: CatalogImporter.Result, dryRun: Bool) {
        self.merchants = result.catalog.merchants.count
        self.offers = result.catalog.offers.count
        self.locations = result.catalog.locations.count
        self.new = result.changes.new
        self.changed = result.changes.changed
        self.unchanged = result.changes.unchanged
        self.written = result.wrote
        self.dryRun = dryRun
    }
}

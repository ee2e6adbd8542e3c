import Hummingbird
import KardCore
import Logging

/// The HTTP application serving the platform on the configured address.
public func buildApplication(
    platform: Platform,
    configuration: ServerConfiguration,
    logger: Logger
) -> some ApplicationProtocol {
    let uploads = TransactionUploads.fileSystem(
        platform: platform,
        dataDirectory: configuration.dataDirectory,
        publicURL: configuration.effectivePublicURL
    )
    return Application(
        router: buildRouter(platform: platform, adminToken: configuration.adminToken, uploads: uploads),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port),
            serverName: "kard"
        ),
        services: [
            BackgroundProcessingService(platform: platform, logger: logger),
            TransactionUploadProcessingService(uploads: uploads, logger: logger),
        ],
        logger: logger
    )
}

/// Every route of the platform, behind the error mapping; everything but the token endpoints and ping requires an
/// access token, and the admin API requires `adminToken` (it is disabled without one). Transaction uploads are served
/// when `uploads` is given.
public func buildRouter(
    platform: Platform,
    adminToken: String? = nil,
    uploads: TransactionUploads? = nil
) -> Router<KardRequestContext> {
    let router = Router(context: KardRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: ErrorMiddleware())
    AuthController(platform: platform).addRoutes(to: router)
    PingController(clock: platform.clock).addRoutes(to: router)
    MarqetaController(platform: platform).addRoutes(to: router)

    let authenticated = router.group()
        .add(middleware: AuthenticationMiddleware(tokens: platform.tokens, organizations: platform.organizations))
    OrganizationsController(organizations: platform.organizations).addRoutes(to: authenticated)
    UsersController(users: platform.users, organizations: platform.organizations).addRoutes(to: authenticated)
    LegacyUsersController(users: platform.users, organizations: platform.organizations).addRoutes(to: authenticated)
    RewardsController(discovery: platform.discovery, organizations: platform.organizations).addRoutes(to: authenticated)
    AttributionsController(
        attributions: platform.attributions,
        discovery: platform.discovery,
        organizations: platform.organizations
    ).addRoutes(to: authenticated)
    LegacyRewardsController(discovery: platform.discovery, organizations: platform.organizations, clock: platform.clock)
        .addRoutes(to: authenticated)
    TransactionsController(ingestion: platform.ingestion, organizations: platform.organizations, ids: platform.ids)
        .addRoutes(to: authenticated)
    EarnedRewardsController(platform: platform).addRoutes(to: authenticated)
    AuditsController(platform: platform).addRoutes(to: authenticated)
    FraudController(platform: platform).addRoutes(to: authenticated)
    if let uploads {
        TransactionUploadsController(uploads: uploads, organizations: platform.organizations)
            .addRoutes(authenticated: authenticated, open: router)
        UserUploadsController(uploads: uploads, organizations: platform.organizations).addRoutes(to: authenticated)
    }

    let admin = router.group().add(middleware: AdminAuthenticationMiddleware(token: adminToken))
    AdminCatalogController(store: platform.store, cache: platform.catalogIndex, clock: platform.clock)
        .addRoutes(to: admin)
    AdminOperationsController(platform: platform).addRoutes(to: admin)
    if let uploads { AdminUploadsController(uploads: uploads).addRoutes(to: admin) }
    return router
}

import Foundation
import Hummingbird
import KardCore
import KardModels

/// `GET /v2/ping`: a connectivity check that needs no token.
struct PingController {
    let clock: any WallClock

    func addRoutes(to router: Router<KardRequestContext>) {
        router.get("/v2/ping", use: self.ping)
    }

    @Sendable func ping(request: Request, context: KardRequestContext) async throws -> Response {
        JSONResponse.make(
            PingResponse(message: "Ping successful", status: "OK", timestamp: Self.apacheTimestamp(self.clock.now()))
        )
    }

    /// The Apache log timestamp Kard answers with, in UTC: `02/Oct/2025:17:52:43 +0000`.
    static func apacheTimestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let month = months[((parts.month ?? 1) - 1) % 12]
        return
            "\(two(parts.day))/\(month)/\(parts.year ?? 1970):\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}

import KardCore
import KardModels

extension TransactionUpload {
    /// The upload as `GET /v2/issuers/{organizationId}/transactions/uploads/{uploadId}` shows it.
    var statusResource: TransactionUploadStatusResource {
        let historical = self.kind != .incomingTransactionsFile
        return TransactionUploadStatusResource(
            type: TransactionUploadType(rawValue: self.kind.rawValue),
            id: self.id,
            attributes: TransactionUploadStatusAttributes(
                filename: self.filename ?? "",
                status: self.status.rawValue,
                lines: self.counts.lines,
                accepted: self.counts.accepted,
                repeated: self.counts.repeated,
                refused: self.counts.refused,
                purchasesRecorded: historical ? self.counts.purchasesRecorded : nil,
                unknownMerchant: historical ? self.counts.unknownMerchant : nil,
                errors: self.errors.map {
                    TransactionUploadLineError(line: $0.line, id: $0.id, detail: $0.detail, pointer: $0.pointer)
                },
                createdAt: KardDate(self.createdAt),
                receivedAt: self.receivedAt.map(KardDate.init),
                finishedAt: self.finishedAt.map(KardDate.init),
                failureReason: self.failureReason
            )
        )
    }
}

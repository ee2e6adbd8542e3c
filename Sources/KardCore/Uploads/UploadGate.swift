/// Lets one task at a time work on an upload within this process: receiving its file, adding a part, processing
/// it. Waiters go in arrival order.
actor UploadGate {
    private var busy: Set<String> = []
    private var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]

    /// Runs `body` while holding the upload `id`.
    nonisolated func withUpload<Value: Sendable>(
        _ id: String,
        _ body: () async throws -> Value
    ) async throws -> Value {
        await self.acquire(id)
        do {
            let value = try await body()
            await self.release(id)
            return value
        } catch {
            await self.release(id)
            throw error
        }
    }

    private func acquire(_ id: String) async {
        guard self.busy.contains(id) else {
            self.busy.insert(id)
            return
        }
        await withCheckedContinuation { continuation in
            self.waiters[id, default: []].append(continuation)
        }
    }

    private func release(_ id: String) {
        guard var queue = self.waiters[id], !queue.isEmpty else {
            self.busy.remove(id)
            return
        }
        let next = queue.removeFirst()
        self.waiters[id] = queue.isEmpty ? nil : queue
        next.resume()
    }
}

import Foundation
import KardCore
import Testing

extension StoreConformance {
    @Test("the first value stored under a key wins", arguments: StoreBackend.enabled)
    func insertSettingIfAbsent(_ backend: StoreBackend) async throws {
        try await backend.withStore { store async throws in
            #expect(try await store.setting("jwt.secret") == nil)
            #expect(try await store.insertSettingIfAbsent("jwt.secret", value: "first") == "first")
            #expect(try await store.insertSettingIfAbsent("jwt.secret", value: "second") == "first")
            #expect(try await store.setting("jwt.secret") == "first")
            #expect(try await store.insertSettingIfAbsent("other", value: "") == "")
            #expect(try await store.setting("other") == "")
            #expect(try await store.setting("jwt.secret") == "first")
        }
    }

    @Test("racing inserts of one key all get the same value", arguments: StoreBackend.enabled)
    func insertSettingIfAbsentRace(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let answers = try await withThrowingTaskGroup(of: String.self) { group in
                for index in 0..<16 {
                    group.addTask { try await store.insertSettingIfAbsent("race", value: "value-\(index)") }
                }
                var answers: [String] = []
                for try await answer in group { answers.append(answer) }
                return answers
            }
            #expect(answers.count == 16)
            #expect(Set(answers).count == 1)
            #expect(try await store.setting("race") == answers.first)
        }
    }

    @Test("a stored setting replaces the value", arguments: StoreBackend.enabled)
    func storeSetting(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.storeSetting("sandbox.offset", value: "10")
            #expect(try await store.setting("sandbox.offset") == "10")
            try await store.storeSetting("sandbox.offset", value: "20")
            #expect(try await store.setting("sandbox.offset") == "20")
            #expect(try await store.insertSettingIfAbsent("sandbox.offset", value: "30") == "20")
        }
    }
}

import Kard
import Testing

@Suite("HEM")
struct HEMTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let input: String
        let normalized: String
        let hem: String
        var testDescription: String { self.input.debugDescription }
    }

    static let catalogVectors: [Vector] = [
        Vector(
            input: "Jane.Doe+work@gmail.com",
            normalized: "janedoe@gmail.com",
            hem: "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69"
        ),
        Vector(
            input: " JANE.DOE@GoogleMail.com ",
            normalized: "janedoe@gmail.com",
            hem: "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69"
        ),
        Vector(
            input: "jane.doe+x@example.com",
            normalized: "jane.doe+x@example.com",
            hem: "0b6542ea781224b9278a8e16ad86dace01d0e50a68d4c28ceffa991fb474861f"
        ),
        Vector(
            input: "User@Example.COM",
            normalized: "user@example.com",
            hem: "b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514"
        ),
        Vector(
            input: "J.D@GMAIL.COM",
            normalized: "jd@gmail.com",
            hem: "cdfb9605e2ec6df7552d43aebd5f0e3c87795c3b75e2429dfd8c52e3aeca036b"
        ),
        Vector(
            input: "+tag@gmail.com",
            normalized: "@gmail.com",
            hem: "29630d82ffa90155f4db96bee440f47635564c31475ff86474e1bb38c1668ad9"
        ),
    ]

    /// Computed with the Python SDK 30.5.1 (`kard.hem`).
    static let unicodeVectors: [Vector] = [
        Vector(
            input: "ΣΑΣ@EXAMPLE.COM",
            normalized: "σας@example.com",
            hem: "1ed7028b213616b3db141fdd3f4a7adbbaf522f3486f7a831cea10e65ab19515"
        ),
        Vector(
            input: "İ@X.com",
            normalized: "i\u{307}@x.com",
            hem: "1a8631686457b8a3b863563bc25642e0664da8a96cf80796bc155375912e5dfa"
        ),
        Vector(
            input: "\u{3000}User@Example.COM\u{85}",
            normalized: "user@example.com",
            hem: "b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514"
        ),
        Vector(
            input: "a.b+c+d@GoogleMail.com",
            normalized: "ab@gmail.com",
            hem: "86ca2ad27318696b41cfc650acfad97bb32194c43e119e465a16359ea74c7105"
        ),
        Vector(
            input: "Ab\u{200A}.c@gmail.com",
            normalized: "abc@gmail.com",
            hem: "48ddb93f0b30c475423fe177832912c5bcdce3cc72872f8051627967ef278e08"
        ),
        Vector(
            input: "x.y+z@sub.gmail.com",
            normalized: "x.y+z@sub.gmail.com",
            hem: "55304adca4ebd06fde86552c792c1055018c9a7793debf25da51d601e75c603b"
        ),
        Vector(
            input: "ΑΣ.@gmail.com",
            normalized: "ας@gmail.com",
            hem: "1f0e4667d893a85b95561d89c83bfdb927eecc3fd8a119d470cb2147f3020b96"
        ),
    ]

    @Test("Catalog and Unicode vectors", arguments: catalogVectors + unicodeVectors)
    func vectors(_ vector: Vector) throws {
        #expect(Array(try normalizeEmail(vector.input).unicodeScalars) == Array(vector.normalized.unicodeScalars))
        #expect(try generateHEM(vector.input) == vector.hem)
    }

    @Test(
        "Invalid addresses fail with the Python SDK's messages",
        arguments: [
            ("", HEMError.empty, "Email address must not be empty"),
            (" \t\n\u{2028} ", .empty, "Email address must not be empty"),
            ("a@b@c", .wrongAtCount(2), "Email address must contain exactly one '@', found 2"),
            ("abc", .wrongAtCount(0), "Email address must contain exactly one '@', found 0"),
            ("@x.com", .emptyLocalPart, "Local part (before '@') must not be empty"),
            ("a@", .emptyDomain, "Domain part (after '@') must not be empty"),
        ]
    )
    func invalid(_ input: String, _ expected: HEMError, _ message: String) {
        #expect(throws: expected) { try generateHEM(input) }
        #expect(expected.message == message)
        #expect(expected.description == message)
    }

    @Test("Every Python \\s whitespace character is removed")
    func pythonWhitespace() throws {
        let whitespace: [UInt32] = [
            0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
            0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
            0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
        ]
        var input = String.UnicodeScalarView()
        for value in whitespace {
            input.append(try #require(Unicode.Scalar(value)))
            input.append("a")
        }
        input.append(contentsOf: "@x.com".unicodeScalars)
        #expect(try normalizeEmail(String(input)) == String(repeating: "a", count: whitespace.count) + "@x.com")
        // Zero-width space is not whitespace for Python.
        #expect(try normalizeEmail("a\u{200B}b@x.com") == "a\u{200B}b@x.com")
    }
}

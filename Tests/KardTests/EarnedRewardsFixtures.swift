/// JSON fixtures for the earned-rewards, audit, fraud and upload tests.
enum EarnedRewardsFixtures {
    /// The Python SDK's `GetEarnedRewardsResponse` example, serialised by the SDK (`jsonable_encoder`).
    static let sdkExample = #"""
        {
          "data": [
            {
              "type": "approvedTransaction",
              "id": "fcabf024-3870-41f3-9fbd-b43ea85a3d19",
              "attributes": {
                "status": "APPROVED",
                "transactionId": "TXN-20241001-F21-127964",
                "transactionAmountInCents": 12796,
                "transactionTimestamp": "2024-10-01T01:36:57Z"
              },
              "relationships": {
                "user": {"data": {"type": "user", "id": "8c52423a-c319-44ee-8fc7-508e97b43892"}},
                "merchant": {"data": {"type": "merchant", "id": "633ed2ab30dcb60009dd5699"}},
                "offer": {"data": {"type": "offer", "id": "OFF-F21-INSTORE-2024Q4-001"}}
              }
            },
            {
              "type": "rewardedTransaction",
              "id": "7bcbdb95-f3a5-4f56-a9be-4c25f313eb0a",
              "attributes": {
                "status": "SETTLED",
                "transactionId": "TXN-20240928-TGT-778813",
                "transactionAmountInCents": 8800,
                "transactionTimestamp": "2024-09-28T14:11:22Z",
                "paidToIssuer": "PAID_IN_FULL",
                "commissionEarned": {"user": {"type": "cents", "value": 220}},
                "payoutTimestamp": "2024-09-29T10:15:00Z"
              },
              "relationships": {
                "user": {"data": {"type": "user", "id": "8c52423a-c319-44ee-8fc7-508e97b43892"}},
                "merchant": {"data": {"type": "merchant", "id": "5f3e2d1c40abc50008cc4821"}},
                "offer": {"data": {"type": "offer", "id": "OFF-TGT-ONLINE-2024Q4-002"}}
              }
            }
          ],
          "links": {
            "self": "/v2/issuers/org-123/users/user-456/earned-rewards?page[size]=10",
            "next": "/v2/issuers/org-123/users/user-456/earned-rewards?page[size]=10&page[after]=eyJpZCI6ImZjYWJmMDI0LTM4NzAtNDFmMy05ZmJkLWI0M2VhODVhM2QxOSIsInRzIjoiMjAyNC0xMC0wMVQwMTozNjo1N1oifQ=="
          },
          "meta": {"lifetimeRewardsInCents": 540},
          "included": [
            {
              "type": "merchant",
              "id": "633ed2ab30dcb60009dd5699",
              "attributes": {
                "name": "Forever 21",
                "assets": [
                  {
                    "type": "IMG_VIEW",
                    "url": "https://attribution.getkard.com/public/logos/forever21.jpg?subtype=IMG_VIEW&offerId=OFF-F21-INSTORE-2024Q4-001&token=signed-token",
                    "alt": "Forever 21 Logo Image"
                  },
                  {
                    "type": "BANNER_VIEW",
                    "url": "https://attribution.getkard.com/public/banners/forever21.jpg?subtype=BANNER_VIEW&offerId=OFF-F21-INSTORE-2024Q4-001&token=signed-token",
                    "alt": "Forever 21 Banner Image"
                  }
                ]
              }
            },
            {
              "type": "merchant",
              "id": "5f3e2d1c40abc50008cc4821",
              "attributes": {
                "name": "Target",
                "assets": [
                  {
                    "type": "IMG_VIEW",
                    "url": "https://attribution.getkard.com/public/logos/target.jpg?subtype=IMG_VIEW&offerId=OFF-TGT-ONLINE-2024Q4-002&token=signed-token",
                    "alt": "Target Logo Image"
                  }
                ]
              }
            },
            {"type": "offer", "id": "OFF-F21-INSTORE-2024Q4-001", "attributes": {"purchaseChannel": ["INSTORE"]}},
            {"type": "offer", "id": "OFF-TGT-ONLINE-2024Q4-002", "attributes": {"purchaseChannel": ["ONLINE"]}}
          ]
        }
        """#

    /// A settled, unpaid reward of a punch-card offer: no payout yet, UI components, an asset without alt text.
    static let unpaidWithComponents = #"""
        {
          "data": [
            {
              "type": "rewardedTransaction",
              "id": "r-1",
              "attributes": {
                "status": "SETTLED",
                "transactionId": "txn-1",
                "transactionAmountInCents": 2500,
                "transactionTimestamp": "2026-03-01T12:00:00.000Z",
                "paidToIssuer": "UNPAID",
                "commissionEarned": {"user": {"type": "cents", "value": 125}},
                "components": {
                  "progressBar": {
                    "total": 5,
                    "currentProgress": 3,
                    "label": "3 of 5 visits",
                    "segmented": true,
                    "labels": {"default": {"left": "3 visits", "right": "5 visits"}}
                  }
                }
              },
              "relationships": {
                "user": {"data": {"type": "user", "id": "u1"}},
                "merchant": {"data": {"type": "merchant", "id": "m1"}},
                "offer": {"data": {"type": "offer", "id": "o1"}}
              }
            }
          ],
          "links": {"self": "/v2/issuers/org/users/u1/earned-rewards"},
          "meta": {"lifetimeRewardsInCents": 125},
          "included": [
            {"type": "merchant", "id": "m1", "attributes": {"name": "Cafe", "assets": [{"type": "IMG_VIEW", "url": "https://x.test/logo.png"}]}}
          ]
        }
        """#

    /// A page of settled rewards with the given ids, and a `links.next` carrying `next` as its cursor when given.
    static func page(_ ids: [String], next: String?) -> String {
        let rewards = ids.map { id in
            """
            {"type":"rewardedTransaction","id":"\(id)","attributes":{"status":"SETTLED","transactionId":"t-\(id)",\
            "transactionAmountInCents":1000,"transactionTimestamp":"2026-01-01T00:00:00Z","paidToIssuer":"UNPAID",\
            "commissionEarned":{"user":{"type":"cents","value":50}}},"relationships":{\
            "user":{"data":{"type":"user","id":"u1"}},"merchant":{"data":{"type":"merchant","id":"m"}},\
            "offer":{"data":{"type":"offer","id":"o"}}}}
            """
        }
        var links = #""self":"/v2/issuers/org/users/u1/earned-rewards?page%5Bsize%5D=2""#
        if let next {
            links += #","next":"/v2/issuers/org/users/u1/earned-rewards?page%5Bsize%5D=2&page%5Bafter%5D=\#(next)""#
        }
        return
            #"{"data":[\#(rewards.joined(separator: ","))],"links":{\#(links)},"meta":{"lifetimeRewardsInCents":100}}"#
    }

    /// The body the Python SDK sends for its `create_audits` example.
    static let auditsRequest = #"""
        {"data":[{"type":"audit","attributes":{"auditCode":8001,"merchantName":"Caribbean Goodness","auditDescription":"duplicate transaction","transactionId":"issuerTransaction123"}}]}
        """#

    /// The Python SDK's `CreateAuditResponseBody` example.
    static let auditsResponse = #"""
        {"data":[{"type":"audit","id":"d80a6f28-1b24-4d65-9e42-e1cf3379bc98","attributes":{"transactionId":"issuerTransaction123"}}]}
        """#

    /// A 207 answer to an audit batch: one audit created, one failed.
    static let auditsMultiStatus = #"""
        {"data":[{"type":"audit","id":"a-1","attributes":{"transactionId":"t-1"}}],
         "errors":[{"status":"404","title":"Not Found","detail":"Transaction t-2 not found","id":"t-2",
                    "source":{"pointer":"/data/1/attributes/transactionId"}}]}
        """#

    /// The body the Python SDK sends for its `create_fraud_markers` example.
    static let fraudRequest = #"""
        {"data":[{"id":"myTxnId12345","type":"fraudulentTransaction","attributes":{"userId":"userId123"}}]}
        """#

    /// The Python SDK's `FraudulentTransactionObject` example.
    static let fraudResponse = #"""
        {"data":[{"type":"fraudulentTransaction","id":"myTxnId123","attributes":{"userId":"user123"}}]}
        """#

    /// The body the Python SDK sends for two files, one of each type.
    static let uploadsRequest = #"""
        {"data":[{"type":"incomingTransactionsFile","attributes":{"filename":"transaction_12345.jsonl"}},{"type":"historicalTransactionsFile","attributes":{"filename":"transaction_67890.jsonl"}}]}
        """#

    /// The Python SDK's `CreateFileUploadUrlResponse` example.
    static let uploadsResponse = #"""
        {
          "data": [
            {
              "type": "incomingTransactionsFile",
              "id": "2NxKz7TYmqVH8UrjGP1xK3hF2gs",
              "attributes": {"url": "https://s3.amazonaws.com/bucket/key1?X-Amz-Algorithm=...", "expiresIn": 900}
            },
            {
              "type": "incomingTransactionsFile",
              "id": "3PqLa8UZnrWI9VskHQ2yL4iG3ht",
              "attributes": {"url": "https://s3.amazonaws.com/bucket/key2?X-Amz-Algorithm=...", "expiresIn": 900}
            }
          ]
        }
        """#
}

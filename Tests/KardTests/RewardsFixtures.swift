/// JSON fixtures for the rewards and attributions tests.
enum RewardsFixtures {
    /// The Python SDK's `OffersResponseObject` example, serialised by the SDK.
    static let offersExample = #"""
        {
          "data": [
            {
              "type": "standardOffer",
              "relationships": {
                "category": {
                  "data": [
                    {
                      "id": "65920081b524d126068de24a",
                      "type": "category"
                    },
                    {
                      "id": "65920081b524d126068de24c",
                      "type": "category"
                    }
                  ]
                }
              },
              "id": "5e27318c9b346f00087fbb5c",
              "attributes": {
                "terms": "Worlds Greatest Chicken offers are only available within US Locations.",
                "maxRedemptions": 1,
                "name": "Worlds Greatest Chicken",
                "purchaseChannel": [
                  "INSTORE"
                ],
                "userReward": {
                  "type": "PERCENT",
                  "value": 5.7
                },
                "assets": [
                  {
                    "type": "IMG_VIEW",
                    "url": "http://attribution.getkard.com/logos/breakfastbunny_logo.png?eventCode=IMPRESSION&type=offerAttribution&medium=BROWSE&offerId=629fc220b7a4290009a188ec&token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyZWZlcnJpbmdQYXJ0bmVyVXNlcklkIjoiNDM4MTAzIiwiaXNzdWVySWQiOiIwMDAwNDMyMSIsInR5cGUiOiJPRkZFUiIsInBheWxvYWQiOnsiand0VGltZXN0YW1wIjoiMjAyNi0wNC0yMyJ9fQ.4f9QmoGpgXVIXu9Tq8XFVcx7Rz0jptsYNYpmaIBszyc&state=eyJyYW5rIjoxLCJmaWx0ZXJzIjpbXX0%3D",
                    "alt": ""
                  },
                  {
                    "type": "BANNER_VIEW",
                    "url": "https://attribution.getkard.com/public/banners/breakfast-bunny-banner.jpg?eventCode=VIEW&type=offerAttribution&medium=BROWSE&offerId=629fc220b7a4290009a188ec&token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyZWZlcnJpbmdQYXJ0bmVyVXNlcklkIjoiNDM4MTAzIiwiaXNzdWVySWQiOiIwMDAwNDMyMSIsInR5cGUiOiJPRkZFUiIsInBheWxvYWQiOnsiand0VGltZXN0YW1wIjoiMjAyNi0wNC0yMyJ9fQ.4f9QmoGpgXVIXu9Tq8XFVcx7Rz0jptsYNYpmaIBszyc&state=eyJyYW5rIjoxLCJmaWx0ZXJzIjpbXX0%3D",
                    "alt": ""
                  }
                ],
                "startDate": "2024-11-17T05:00:00Z",
                "expirationDate": "2025-03-17T05:00:00Z",
                "isTargeted": true,
                "minTransactionAmount": {
                  "type": "CENTS",
                  "value": 500
                },
                "maxTransactionAmount": {
                  "type": "CENTS",
                  "value": 10000
                },
                "minRewardAmount": {
                  "type": "CENTS",
                  "value": 500
                },
                "maxRewardAmount": {
                  "type": "CENTS",
                  "value": 2000
                },
                "websiteUrl": "http://worldsgreatestchickent.test.com",
                "description": "Worlds Greatest Chicken brings you the tastiest crispy, double fried spicy chicken in the world."
              }
            }
          ],
          "links": {
            "self": "/v2/issuers/{organizationId}/users/{userId}/offers?page[size]=1?sort=-startDate",
            "next": "/v2/issuers/{organizationId}/users/{userId}/offers?page[after]=NDMyNzQyODI3OTQw&page[size]=1?&sort=-startDate"
          },
          "included": [
            {
              "id": "65920081b524d126068de24a",
              "type": "category",
              "attributes": {
                "name": "Food & Beverage"
              }
            },
            {
              "id": "65920081b524d126068de24c",
              "type": "category",
              "attributes": {
                "name": "Department Stores"
              }
            }
          ],
          "meta": {
            "availableCategories": [
              {
                "id": "65920081b524d126068de24a",
                "type": "category",
                "attributes": {
                  "name": "Food & Beverage"
                }
              },
              {
                "id": "65920081b524d126068de24c",
                "type": "category",
                "attributes": {
                  "name": "Department Stores"
                }
              }
            ]
          }
        }
        """#

    /// The Python SDK's `LocationsResponseObject` example, serialised by the SDK.
    static let locationsExample = #"""
        {
          "data": [
            {
              "type": "location",
              "id": "5e27318c9b346f00087fba8l",
              "attributes": {
                "name": "Worlds Greatest Chicken",
                "address": {
                  "street": "120 Main St",
                  "city": "Philadelphia",
                  "state": "PA",
                  "zipCode": "19147"
                },
                "coordinates": {
                  "longitude": -75.1446869,
                  "latitude": 39.9419429
                },
                "phone": "+1 (123) 555-8880",
                "operationHours": {
                  "periods": [
                    {
                      "close": {
                        "day": 1,
                        "time": "1700"
                      },
                      "open": {
                        "day": 1,
                        "time": "0900"
                      }
                    },
                    {
                      "close": {
                        "day": 2,
                        "time": "1700"
                      },
                      "open": {
                        "day": 2,
                        "time": "0900"
                      }
                    },
                    {
                      "close": {
                        "day": 3,
                        "time": "1700"
                      },
                      "open": {
                        "day": 3,
                        "time": "0900"
                      }
                    },
                    {
                      "close": {
                        "day": 4,
                        "time": "1700"
                      },
                      "open": {
                        "day": 4,
                        "time": "0900"
                      }
                    },
                    {
                      "close": {
                        "day": 5,
                        "time": "1700"
                      },
                      "open": {
                        "day": 5,
                        "time": "0900"
                      }
                    }
                  ],
                  "weekdayText": [
                    "Monday: 9:00 AM – 5:00 PM",
                    "Tuesday: 9:00 AM – 5:00 PM",
                    "Wednesday: 9:00 AM – 5:00 PM",
                    "Thursday: 9:00 AM – 5:00 PM",
                    "Friday: 9:00 AM – 5:00 PM",
                    "Saturday: Closed",
                    "Sunday: Closed"
                  ]
                },
                "partnerIds": [
                  {
                    "type": "google",
                    "id": "3pafnweri4"
                  }
                ],
                "cuisine": "Pizza Restaurant",
                "rating": {
                  "value": 4.6,
                  "count": 812
                },
                "priceLevel": "$$"
              },
              "relationships": {
                "offers": {
                  "data": [
                    {
                      "type": "standardOffer",
                      "id": "5e27318c9b346f00087fbb5b"
                    }
                  ]
                },
                "category": {
                  "data": [
                    {
                      "type": "category",
                      "id": "65920081b524d126068de24a"
                    }
                  ]
                }
              }
            }
          ],
          "links": {
            "self": "/v2/issuers/{organizationId}/users/{userId}/locations?page[size]=1&filter[latitude]=39.9419429&filter[longitude]=-75.1446869&filter[radius]=10&include=offers,categories",
            "next": "/v2/issuers/{organizationId}/users/{userId}/locations?page[after]=NDMyNzQyODI3OTQw&page[size]=1&filter[latitude]=39.9419429&filter[longitude]=-75.1446869&filter[radius]=10&include=offers,categories"
          },
          "included": [
            {
              "id": "65920081b524d126068de24a",
              "type": "category",
              "attributes": {
                "name": "Food & Beverage"
              }
            },
            {
              "type": "standardOffer",
              "id": "5e27318c9b346f00087fbb5c",
              "attributes": {
                "terms": "Worlds Greatest Chicken offers are only available within US Locations.",
                "maxRedemptions": 1,
                "name": "Worlds Greatest Chicken",
                "purchaseChannel": [
                  "INSTORE"
                ],
                "userReward": {
                  "type": "PERCENT",
                  "value": 5.7
                },
                "assets": [
                  {
                    "type": "IMG_VIEW",
                    "url": "http://attribution.getkard.com/logos/breakfastbunny_logo.png?eventCode=IMPRESSION&type=offerAttribution&medium=BROWSE&offerId=629fc220b7a4290009a188ec&token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyZWZlcnJpbmdQYXJ0bmVyVXNlcklkIjoiNDM4MTAzIiwiaXNzdWVySWQiOiIwMDAwNDMyMSIsInR5cGUiOiJPRkZFUiIsInBheWxvYWQiOnsiand0VGltZXN0YW1wIjoiMjAyNi0wNC0yMyJ9fQ.4f9QmoGpgXVIXu9Tq8XFVcx7Rz0jptsYNYpmaIBszyc&state=eyJyYW5rIjoxLCJmaWx0ZXJzIjpbXX0%3D",
                    "alt": ""
                  },
                  {
                    "type": "BANNER_VIEW",
                    "url": "https://attribution.getkard.com/public/banners/breakfast-bunny-banner.jpg?eventCode=VIEW&type=offerAttribution&medium=BROWSE&offerId=629fc220b7a4290009a188ec&token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyZWZlcnJpbmdQYXJ0bmVyVXNlcklkIjoiNDM4MTAzIiwiaXNzdWVySWQiOiIwMDAwNDMyMSIsInR5cGUiOiJPRkZFUiIsInBheWxvYWQiOnsiand0VGltZXN0YW1wIjoiMjAyNi0wNC0yMyJ9fQ.4f9QmoGpgXVIXu9Tq8XFVcx7Rz0jptsYNYpmaIBszyc&state=eyJyYW5rIjoxLCJmaWx0ZXJzIjpbXX0%3D",
                    "alt": ""
                  },
                  {
                    "type": "LOCATION_IMG_VIEW",
                    "url": "https://attribution.getkard.com/public/franki/venue/a3f2c81d0b7e4a55-storefront.jpg?eventCode=IMPRESSION&type=offerAttribution&medium=BROWSE&offerId=629fc220b7a4290009a188ec&token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyZWZlcnJpbmdQYXJ0bmVyVXNlcklkIjoiNDM4MTAzIiwiaXNzdWVySWQiOiIwMDAwNDMyMSIsInR5cGUiOiJPRkZFUiIsInBheWxvYWQiOnsiand0VGltZXN0YW1wIjoiMjAyNi0wNC0yMyJ9fQ.4f9QmoGpgXVIXu9Tq8XFVcx7Rz0jptsYNYpmaIBszyc&state=eyJyYW5rIjoxLCJmaWx0ZXJzIjpbXX0%3D",
                    "alt": ""
                  }
                ],
                "startDate": "2022-01-01T05:00:00Z",
                "expirationDate": "2022-01-01T05:00:00Z",
                "isTargeted": true,
                "minTransactionAmount": {
                  "type": "CENTS",
                  "value": 500
                },
                "maxTransactionAmount": {
                  "type": "CENTS",
                  "value": 2000
                },
                "minRewardAmount": {
                  "type": "CENTS",
                  "value": 500
                },
                "maxRewardAmount": {
                  "type": "CENTS",
                  "value": 2000
                },
                "websiteUrl": "http://worldsgreatestchickent.test.com",
                "description": "Worlds Greatest Chicken brings you the tastiest crispy, double fried spicy chicken in the world."
              }
            }
          ]
        }
        """#

    /// The Python SDK's `ActivateOfferResponse` example.
    static let activateExample = #"""
        {
          "data": {
            "type": "offerAttribution",
            "id": "c94a93a7-beb9-4e58-960c-2c812f849398",
            "attributes": {
              "entityId": "offer-456",
              "eventCode": "ACTIVATE",
              "medium": "CTA",
              "eventDate": "2025-01-01T00:00:00Z"
            }
          }
        }
        """#

    /// The Python SDK's `BoostOfferResponse` example.
    static let boostExample = #"""
        {
          "data": {
            "type": "offerAttribution",
            "id": "c94a93a7-beb9-4e58-960c-2c812f849398",
            "attributes": {
              "entityId": "offer-456",
              "eventCode": "BOOST",
              "medium": "CTA",
              "eventDate": "2025-01-01T00:00:00Z"
            }
          }
        }
        """#

    /// The Python SDK's `CreateAttributionResponse` example.
    static let createAttributionResponseExample = #"""
        {
          "data": {
            "type": "job",
            "id": "c94a93a7-beb9-4e58-960c-2c812f849398",
            "attributes": {
              "status": "queued",
              "message": "Attribution events are queued for processing"
            }
          }
        }
        """#

    /// The Python SDK's `CreateAttributionRequestObject` example: the body the SDK sends.
    static let createAttributionRequestExample = #"""
        {
          "data": [
            {
              "type": "offerAttribution",
              "attributes": {
                "entityId": "60e4ba1da31c5a22a144c075",
                "eventCode": "VIEW",
                "medium": "SEARCH",
                "eventDate": "2025-01-01T00:00:00Z"
              }
            },
            {
              "type": "offerAttribution",
              "attributes": {
                "entityId": "60e4ba1da31c5a22a144c077",
                "eventCode": "IMPRESSION",
                "medium": "EMAIL",
                "eventDate": "2025-01-01T00:00:00Z"
              }
            },
            {
              "type": "notificationAttribution",
              "attributes": {
                "entityId": "60e4ba1da31c5a22a144c076",
                "eventCode": "IMPRESSION",
                "medium": "PUSH",
                "eventDate": "2025-01-01T00:00:00Z"
              }
            }
          ]
        }
        """#

    /// An offer with every UI component, checked against the Python SDK's `OfferDataUnion_StandardOffer`.
    static let offerWithComponents = #"""
        {
          "type": "standardOffer",
          "id": "6650f1e2a1b2c3d4e5f60718",
          "attributes": {
            "name": "Coffee Co",
            "terms": "Once per day.",
            "purchaseChannel": [
              "ONLINE",
              "INSTORE"
            ],
            "userReward": {
              "type": "FLAT",
              "value": 250
            },
            "assets": [],
            "startDate": "2026-01-01T00:00:00.000Z",
            "expirationDate": "2026-12-31T23:59:59.999Z",
            "isTargeted": false,
            "components": {
              "shortDescription": "$2.50 back",
              "longDescription": "Earn $2.50 back on your next coffee.",
              "baseReward": "$2.50",
              "boostedReward": "$5.00",
              "cta": {
                "buttonText": "Activate",
                "buttonStyle": "PRIMARY",
                "action": {
                  "url": "/v2/issuers/org/users/u1/offers/6650f1e2a1b2c3d4e5f60718/activate",
                  "method": "POST"
                },
                "startIcon": "bolt"
              },
              "tags": [
                "New"
              ],
              "detailTags": [
                "Online",
                "In store"
              ],
              "logoFlare": {
                "borderColor": "SECONDARY",
                "badge": {
                  "icon": "star",
                  "position": "TOP_RIGHT"
                }
              },
              "progressBar": {
                "total": 3,
                "currentProgress": 1,
                "label": "1 of 3",
                "segmented": true,
                "segments": {
                  "default": {
                    "position": "FULL_WIDTH",
                    "separator": "LINE",
                    "icon": "<svg/>",
                    "labels": [
                      {
                        "title": "1st",
                        "description": "Visit 1"
                      },
                      {
                        "title": "2nd",
                        "description": "Visit 2"
                      },
                      {
                        "title": "3rd",
                        "description": "Visit 3"
                      }
                    ],
                    "selection": "CURRENT_AND_BELOW"
                  },
                  "details": {
                    "position": "LEFT"
                  },
                  "progress": [
                    {
                      "completed": 1,
                      "total": 1
                    },
                    {
                      "completed": 0,
                      "total": 1
                    },
                    {
                      "completed": 0,
                      "total": 1
                    }
                  ]
                },
                "labels": {
                  "default": {
                    "left": "1 visit",
                    "right": "3 visits"
                  },
                  "details": {
                    "left": "Start"
                  }
                }
              }
            }
          }
        }
        """#

    /// A legacy `Merchant` (from `GET /rewards/merchant`), written from the legacy OpenAPI schema.
    static let legacyMerchant = #"""
        {
          "_id": "5e27318c9b346f00087fbb5a",
          "name": "Worlds Greatest Chicken",
          "description": "The tastiest crispy chicken.",
          "websiteURL": "https://chicken.example",
          "category": "Food & Beverage",
          "acceptedCards": ["VISA", "MASTERCARD", "AMERICAN EXPRESS", "DISCOVER"],
          "source": "NATIONAL",
          "createdDate": "2024-01-02T03:04:05.000Z",
          "lastModified": "2024-02-03T04:05:06.000Z",
          "imgUrl": "https://img.example/logo.png",
          "bannerImgUrl": "https://img.example/banner.png",
          "offers": [
            {
              "_id": "5e27318c9b346f00087fbb5c",
              "terms": "US locations only.",
              "redeemableOnce": false,
              "name": "Worlds Greatest Chicken",
              "offerType": "INSTORE",
              "commissionType": "PERCENT",
              "startDate": "2024-11-17T05:00:00.000Z",
              "expirationDate": "2025-03-17T05:00:00.000Z",
              "isTargeted": true,
              "createdDate": "2024-01-02T03:04:05.000Z",
              "lastModified": "2024-02-03T04:05:06.000Z",
              "totalCommission": 12,
              "isLocationSpecific": true,
              "merchantId": "5e27318c9b346f00087fbb5a",
              "issuersCommission": 6.3,
              "usersCommission": 5.7,
              "minTransactionAmount": 500,
              "maxTransactionAmount": 10000,
              "minRewardAmount": 500,
              "maxRewardAmount": 2000,
              "merchantLocationIds": ["5e27318c9b346f00087fba8a"],
              "optInRequired": false,
              "status": "ACTIVE"
            }
          ]
        }
        """#

    /// A legacy `MerchantWithAttribution` (from `GET /rewards/merchant/user/{id}`): offers carry image URLs, no status.
    static let legacyMerchantWithAttribution = #"""
        {
          "_id": "5e27318c9b346f00087fbb5a",
          "name": "Worlds Greatest Chicken",
          "description": "The tastiest crispy chicken.",
          "websiteURL": "https://chicken.example",
          "category": "Food & Beverage",
          "acceptedCards": ["VISA"],
          "source": "LOCAL",
          "createdDate": "2024-01-02T03:04:05.000Z",
          "lastModified": "2024-02-03T04:05:06.000Z",
          "imgUrl": "https://img.example/logo.png",
          "offers": [
            {
              "_id": "5e27318c9b346f00087fbb5c",
              "terms": "US locations only.",
              "redeemableOnce": true,
              "name": "Worlds Greatest Chicken",
              "offerType": "ONLINE",
              "commissionType": "FLAT",
              "startDate": "2024-11-17T05:00:00.000Z",
              "expirationDate": "2025-03-17T05:00:00.000Z",
              "isTargeted": false,
              "createdDate": "2024-01-02T03:04:05.000Z",
              "lastModified": "2024-02-03T04:05:06.000Z",
              "totalCommission": 500,
              "isLocationSpecific": false,
              "merchantId": "5e27318c9b346f00087fbb5a",
              "optInRequired": false,
              "imgUrl": "https://attribution.example/logo.png?token=t",
              "bannerImgUrl": "https://attribution.example/banner.png?token=t"
            }
          ]
        }
        """#

    /// A legacy `OfferWithAttribution` (from `GET /rewards/merchant/offers/user/{id}`).
    static let legacyOfferWithAttribution = #"""
        {
          "_id": "5e27318c9b346f00087fbb5c",
          "terms": "US locations only.",
          "redeemableOnce": false,
          "name": "Worlds Greatest Chicken",
          "offerType": "INSTORE",
          "commissionType": "PERCENT",
          "startDate": "2024-11-17T05:00:00.000Z",
          "expirationDate": "2025-03-17T05:00:00.000Z",
          "isTargeted": true,
          "createdDate": "2024-01-02T03:04:05.000Z",
          "lastModified": "2024-02-03T04:05:06.000Z",
          "totalCommission": 12,
          "isLocationSpecific": false,
          "usersCommission": 5.7,
          "source": "NATIONAL",
          "category": "Food & Beverage",
          "imgUrl": "https://attribution.example/logo.png?token=t",
          "bannerImgUrl": "https://attribution.example/banner.png?token=t",
          "merchant": {
            "_id": "5e27318c9b346f00087fbb5a",
            "name": "Worlds Greatest Chicken",
            "description": "The tastiest crispy chicken.",
            "type": "CARDLINKED",
            "websiteURL": "https://chicken.example",
            "category": "Food & Beverage",
            "acceptedCards": ["VISA", "AMERICAN EXPRESS"],
            "imgUrl": "https://img.example/logo.png"
          }
        }
        """#

    /// A legacy `LocationWithFullOffer` (from `GET /rewards/merchant/locations/user/{id}`).
    static let legacyLocationWithFullOffer = #"""
        {
          "_id": "5e27318c9b346f00087fba8a",
          "merchantId": "5e27318c9b346f00087fbb5a",
          "name": "Worlds Greatest Chicken - Main St",
          "locationType": "INSTORE",
          "address": {"street": "120 Main St", "city": "Philadelphia", "state": "PA", "zipCode": "19147"},
          "geoLocation": {"longitude": -75.1446869, "latitude": 39.9419429},
          "phone": "+1 (123) 555-8880",
          "operationHours": {"MONDAY": "9:00 AM - 5:00 PM", "SATURDAY": "Closed"},
          "googleId": "3pafnweri4",
          "createdDate": "2024-01-02T03:04:05.000Z",
          "lastModified": "2024-02-03T04:05:06.000Z",
          "source": "LOCAL",
          "category": "Food & Beverage",
          "offers": [
            {
              "_id": "5e27318c9b346f00087fbb5c",
              "totalCommission": 10,
              "commissionType": "PERCENT",
              "startDate": "2024-11-17T05:00:00.000Z",
              "expirationDate": "2025-03-17T05:00:00.000Z",
              "minTransactionAmount": 500,
              "usersCommission": 5,
              "issuersCommission": 5,
              "terms": "One visit a day.",
              "redeemableOnce": false,
              "name": "Chicken",
              "offerType": "INSTORE",
              "isTargeted": false,
              "createdDate": "2024-01-02T03:04:05.000Z",
              "lastModified": "2024-02-03T04:05:06.000Z",
              "isLocationSpecific": true,
              "imgUrl": "https://attribution.example/logo.png?token=t",
              "source": "LOCAL",
              "category": "Food & Beverage"
            }
          ],
          "merchant": {
            "_id": "5e27318c9b346f00087fbb5a",
            "name": "Worlds Greatest Chicken",
            "description": "The tastiest crispy chicken.",
            "websiteURL": "https://chicken.example",
            "type": "CARDLINKED",
            "category": "Food & Beverage",
            "acceptedCards": ["MASTERCARD"],
            "imgUrl": "https://img.example/logo.png",
            "bannerImgUrl": "https://img.example/banner.png"
          }
        }
        """#

    /// A legacy `LocationWithPartialOffer` (from `GET /rewards/merchant/locations`).
    static let legacyLocationWithPartialOffer = #"""
        {
          "_id": "5e27318c9b346f00087fba8b",
          "merchantId": "5e27318c9b346f00087fbb5a",
          "name": "Worlds Greatest Chicken - Broad St",
          "locationType": "INSTORE",
          "address": {"street": "1 Broad St", "city": "Philadelphia", "state": "PA", "zipCode": "19102"},
          "geoLocation": {"longitude": -75.16, "latitude": 39.95},
          "phone": "+1 (123) 555-0000",
          "createdDate": "2024-01-02T03:04:05.000Z",
          "lastModified": "2024-02-03T04:05:06.000Z",
          "source": "NATIONAL",
          "category": "Food & Beverage",
          "offers": [
            {
              "_id": "5e27318c9b346f00087fbb5c",
              "totalCommission": 10,
              "commissionType": "PERCENT",
              "startDate": "2024-11-17T05:00:00.000Z",
              "expirationDate": "2025-03-17T05:00:00.000Z"
            }
          ],
          "merchant": {
            "_id": "5e27318c9b346f00087fbb5a",
            "name": "Worlds Greatest Chicken",
            "description": "The tastiest crispy chicken.",
            "websiteURL": "https://chicken.example",
            "type": "CARDLINKED",
            "category": "Food & Beverage",
            "acceptedCards": ["VISA", "DISCOVER"],
            "imgUrl": "https://img.example/logo.png"
          }
        }
        """#

    /// A bare legacy `Location` (from `GET /rewards/merchant/location/{id}`).
    static let legacyLocation = #"""
        {
          "_id": "5e27318c9b346f00087fba8c",
          "merchantId": "5e27318c9b346f00087fbb5a",
          "name": "Worlds Greatest Chicken - Market St",
          "locationType": "INSTORE",
          "address": {"street": "2 Market St", "city": "Philadelphia", "state": "PA", "zipCode": "19106"},
          "geoLocation": {"longitude": -75.14, "latitude": 39.95},
          "phone": "+1 (123) 555-1111",
          "createdDate": "2024-01-02T03:04:05.000Z",
          "lastModified": "2024-02-03T04:05:06.000Z",
          "source": "NATIONAL",
          "category": "Food & Beverage"
        }
        """#
}

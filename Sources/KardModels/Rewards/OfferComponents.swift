/// UI component data of an offer (`OfferComponents`), returned for the types asked for with `supportedComponents`.
public struct OfferComponents: Codable, Sendable, Equatable {
    /// A short description.
    public var shortDescription: String?
    /// A long description.
    public var longDescription: String?
    /// The formatted reward, such as `5% cash back`.
    public var baseReward: String?
    /// The formatted boosted reward.
    public var boostedReward: String?
    /// A call-to-action button.
    public var cta: CTAComponent?
    /// Tags.
    public var tags: [String]?
    /// Tags for the detail view.
    public var detailTags: [String]?
    /// A decoration of the merchant logo.
    public var logoFlare: LogoFlare?
    /// Redemption progress.
    public var progressBar: ProgressBar?

    /// Creates components.
    public init(
        shortDescription: String? = nil,
        longDescription: String? = nil,
        baseReward: String? = nil,
        boostedReward: String? = nil,
        cta: CTAComponent? = nil,
        tags: [String]? = nil,
        detailTags: [String]? = nil,
        logoFlare: LogoFlare? = nil,
        progressBar: ProgressBar? = nil
    ) {
        self.shortDescription = shortDescription
        self.longDescription = longDescription
        self.baseReward = baseReward
        self.boostedReward = boostedReward
        self.cta = cta
        self.tags = tags
        self.detailTags = detailTags
        self.logoFlare = logoFlare
        self.progressBar = progressBar
    }
}

/// A call-to-action button (`CtaComponent`).
public struct CTAComponent: Codable, Sendable, Equatable {
    /// The button text.
    public var buttonText: String
    /// The button style.
    public var buttonStyle: ButtonStyle
    /// What a tap does.
    public var action: CTAAction?
    /// An icon identifier shown on the button.
    public var startIcon: String?

    /// Creates a button.
    public init(buttonText: String, buttonStyle: ButtonStyle, action: CTAAction? = nil, startIcon: String? = nil) {
        self.buttonText = buttonText
        self.buttonStyle = buttonStyle
        self.action = action
        self.startIcon = startIcon
    }
}

/// The request a call-to-action button makes (`CtaAction`).
public struct CTAAction: Codable, Sendable, Equatable {
    /// The URL to call.
    public var url: String
    /// The HTTP method, such as `POST`.
    public var method: String

    /// Creates an action.
    public init(url: String, method: String) {
        self.url = url
        self.method = method
    }
}

/// The style of a call-to-action button.
public struct ButtonStyle: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The main action.
    public static let primary: ButtonStyle = "PRIMARY"
    /// A secondary action.
    public static let secondary: ButtonStyle = "SECONDARY"
    /// Not available.
    public static let disabled: ButtonStyle = "DISABLED"
}

/// A decoration of the merchant logo.
public struct LogoFlare: Codable, Sendable, Equatable {
    /// The border color style.
    public var borderColor: LogoFlareBorderColor
    /// A badge on the logo.
    public var badge: LogoFlareBadge?

    /// Creates a logo flare.
    public init(borderColor: LogoFlareBorderColor, badge: LogoFlareBadge? = nil) {
        self.borderColor = borderColor
        self.badge = badge
    }
}

/// The border color style of a ``LogoFlare``.
public struct LogoFlareBorderColor: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The primary color.
    public static let primary: LogoFlareBorderColor = "PRIMARY"
    /// The secondary color.
    public static let secondary: LogoFlareBorderColor = "SECONDARY"
}

/// A badge on the merchant logo.
public struct LogoFlareBadge: Codable, Sendable, Equatable {
    /// The icon identifier.
    public var icon: String
    /// Where the badge sits.
    public var position: LogoFlareBadgePosition

    /// Creates a badge.
    public init(icon: String, position: LogoFlareBadgePosition) {
        self.icon = icon
        self.position = position
    }
}

/// Where a ``LogoFlareBadge`` sits on the logo.
public struct LogoFlareBadgePosition: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Top right.
    public static let topRight: LogoFlareBadgePosition = "TOP_RIGHT"
    /// Top left.
    public static let topLeft: LogoFlareBadgePosition = "TOP_LEFT"
    /// Bottom right.
    public static let bottomRight: LogoFlareBadgePosition = "BOTTOM_RIGHT"
    /// Bottom left.
    public static let bottomLeft: LogoFlareBadgePosition = "BOTTOM_LEFT"
}

/// Redemption progress of an offer.
public struct ProgressBar: Codable, Sendable, Equatable {
    /// The number of redemptions allowed.
    public var total: Int
    /// The number of redemptions the user has completed.
    public var currentProgress: Int
    /// The formatted label.
    public var label: String
    /// Whether the bar is drawn in segments.
    public var segmented: Bool
    /// The segments, per layout.
    public var segments: ProgressBarSegments?
    /// The labels around the bar, per layout.
    public var labels: ProgressBarLabels

    /// Creates a progress bar.
    public init(
        total: Int,
        currentProgress: Int,
        label: String,
        segmented: Bool,
        segments: ProgressBarSegments? = nil,
        labels: ProgressBarLabels
    ) {
        self.total = total
        self.currentProgress = currentProgress
        self.label = label
        self.segmented = segmented
        self.segments = segments
        self.labels = labels
    }
}

/// The segments of a ``ProgressBar``, per layout, with their fill state.
public struct ProgressBarSegments: Codable, Sendable, Equatable {
    /// The segments in the detail view.
    public var details: ProgressBarSegment?
    /// The segments in the default view.
    public var `default`: ProgressBarSegment
    /// One fill state per segment node, as many as the bar's total.
    public var progress: [ProgressBarSegmentProgress]

    /// Creates the segments.
    public init(
        details: ProgressBarSegment? = nil,
        default: ProgressBarSegment,
        progress: [ProgressBarSegmentProgress]
    ) {
        self.details = details
        self.default = `default`
        self.progress = progress
    }
}

/// The segments of a ``ProgressBar`` in one layout.
public struct ProgressBarSegment: Codable, Sendable, Equatable {
    /// An SVG icon for each segment.
    public var icon: String?
    /// Where the segments sit.
    public var position: ProgressBarSegmentPosition
    /// The separator between segment nodes.
    public var separator: ProgressBarSegmentSeparator?
    /// One label per segment node.
    public var labels: [ProgressBarSegmentLabel]?
    /// Which nodes are drawn as selected.
    public var selection: ProgressBarSegmentSelection?

    /// Creates a segment layout.
    public init(
        icon: String? = nil,
        position: ProgressBarSegmentPosition,
        separator: ProgressBarSegmentSeparator? = nil,
        labels: [ProgressBarSegmentLabel]? = nil,
        selection: ProgressBarSegmentSelection? = nil
    ) {
        self.icon = icon
        self.position = position
        self.separator = separator
        self.labels = labels
        self.selection = selection
    }
}

/// Where the segments of a ``ProgressBar`` sit.
public struct ProgressBarSegmentPosition: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// On the left.
    public static let left: ProgressBarSegmentPosition = "LEFT"
    /// On the right.
    public static let right: ProgressBarSegmentPosition = "RIGHT"
    /// Across the whole width.
    public static let fullWidth: ProgressBarSegmentPosition = "FULL_WIDTH"
}

/// The separator between the segment nodes of a ``ProgressBar``.
public struct ProgressBarSegmentSeparator: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A line.
    public static let line: ProgressBarSegmentSeparator = "LINE"
}

/// Which segment nodes of a ``ProgressBar`` are drawn as selected.
public struct ProgressBarSegmentSelection: OpenEnum {
    /// The raw value.
    public let rawValue: String
    /// Creates a value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Only the node at the current progress.
    public static let current: ProgressBarSegmentSelection = "CURRENT"
    /// The node at the current progress and every node below it.
    public static let currentAndBelow: ProgressBarSegmentSelection = "CURRENT_AND_BELOW"
}

/// The label of one segment node.
public struct ProgressBarSegmentLabel: Codable, Sendable, Equatable {
    /// The title.
    public var title: String
    /// The description.
    public var description: String

    /// Creates a label.
    public init(title: String, description: String) {
        self.title = title
        self.description = description
    }
}

/// The fill state of one segment node: `completed` of `total` units.
public struct ProgressBarSegmentProgress: Codable, Sendable, Equatable {
    /// Units completed.
    public var completed: Int
    /// Units needed.
    public var total: Int

    /// Creates a fill state.
    public init(completed: Int, total: Int) {
        self.completed = completed
        self.total = total
    }
}

/// The labels around a ``ProgressBar``, per layout.
public struct ProgressBarLabels: Codable, Sendable, Equatable {
    /// The labels in the detail view.
    public var details: ProgressBarLabelPair?
    /// The labels in the default view.
    public var `default`: ProgressBarLabelPair

    /// Creates the labels.
    public init(details: ProgressBarLabelPair? = nil, default: ProgressBarLabelPair) {
        self.details = details
        self.default = `default`
    }
}

/// The left and right labels of a ``ProgressBar`` in one layout.
public struct ProgressBarLabelPair: Codable, Sendable, Equatable {
    /// The left label.
    public var left: String?
    /// The right label.
    public var right: String?

    /// Creates a label pair.
    public init(left: String? = nil, right: String? = nil) {
        self.left = left
        self.right = right
    }
}

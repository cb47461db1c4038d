/// Where everything on a network map goes, in integer px with the origin at
/// the top left: every coordinate is within `0...width` × `0...height`.
/// Produced by `RadialLayout`, drawn by `MapSVG`.
public struct MapLayout: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public init(x: Int, y: Int) { self.x = x; self.y = y }
    }

    /// An axis-aligned box; two boxes that only touch do not overlap.
    public struct Box: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var width: Int
        public var height: Int
        public init(x: Int, y: Int, width: Int, height: Int) {
            self.x = x; self.y = y; self.width = width; self.height = height
        }
        public var maxX: Int { x + width }
        public var maxY: Int { y + height }
        public func intersects(_ o: Box) -> Bool {
            x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
        }
        func offset(_ dx: Int, _ dy: Int) -> Box { Box(x: x + dx, y: y + dy, width: width, height: height) }
    }

    public enum TextAnchor: String, Sendable, Hashable {
        case start, middle, end
    }

    /// A piece of text: drawn at (`x`, baseline `y`) with `anchor`, inside `box`.
    public struct Label: Sendable, Hashable {
        public var x: Int
        public var y: Int
        public var anchor: TextAnchor
        /// The text as drawn: the full text, or a prefix ending in "…".
        public var text: String
        public var isTruncated: Bool
        public var box: Box
        func offset(_ dx: Int, _ dy: Int) -> Label {
            Label(x: x + dx, y: y + dy, anchor: anchor, text: text, isTruncated: isTruncated, box: box.offset(dx, dy))
        }
    }

    /// The centre of each node's symbol, by index into `MapGraph.nodes`.
    public var positions: [Point]
    /// Half the size of each node's symbol (circle radius, half the side of
    /// a square, half the diagonal of a diamond).
    public var radii: [Int]
    /// The space each node's symbol keeps clear (symbol plus margin).
    public var nodeBoxes: [Box]
    /// Each node's label; nil when the node has no label text.
    public var nodeLabels: [Label?]
    /// Each edge's label, by index into `MapGraph.edges`; nil when the edge
    /// has none or no free place was found near the edge.
    public var edgeLabels: [Label?]
    public var width: Int
    public var height: Int

    /// Every box that must not overlap another: node boxes, then node
    /// labels, then edge labels.
    public var allBoxes: [Box] {
        nodeBoxes + nodeLabels.compactMap { $0?.box } + edgeLabels.compactMap { $0?.box }
    }
}

/// Lays a `MapGraph` out on concentric rings around its centre node with
/// every label beside its node, in integer px, with no two boxes (node
/// symbols with margin, node labels, edge labels) overlapping.
///
/// Nodes are placed in order: the centre in the middle, then networks,
/// partners, groups and communities (graph order within a kind) on rings
/// growing outward. A ring's slots are rows spaced evenly in y on its right
/// and left halves (labels run horizontally, so rows pack them best); a
/// ring with room to spare spreads its nodes evenly by angle. Each candidate
/// position is checked against every box already placed (through a uniform
/// grid on large maps); a node that collides tries the neighbouring slots,
/// then the next ring. Trade labels then go near their edge's midpoint, or
/// nowhere (the page lists every trade in text).
///
/// Deterministic: only integer arithmetic, `+ − × ÷` and `sqrt` on doubles
/// (correctly rounded everywhere), and a polynomial sine and cosine; every
/// result is rounded to an integer.
public enum RadialLayout {
    static let fontSize = 12
    /// Labels longer than this are drawn truncated with "…".
    static let maxLabelWidth = 180
    static let maxEdgeLabelWidth = 120
    /// The centre's label (bold, below it) may be longer.
    static let maxCenterLabelWidth = 240
    /// Clear space around a node symbol.
    static let nodeMargin = 3
    /// From the symbol's edge to the label's text.
    static let labelGap = 5
    /// Label boxes: 14 px above the baseline (Thai tone marks above upper
    /// vowels) and 6 below (lower vowels), 2 px each side of the text.
    static let labelAscent = 14, labelDescent = 6, labelPad = 2
    /// Vertical distance between slots on a ring.
    static let rowHeight = 22
    /// Around the whole drawing.
    static let padding = 8

    /// Half the size of a node's symbol.
    public static func symbolRadius(of kind: MapNode.Kind, center: Bool) -> Int {
        let base: Int
        switch kind {
        case .community: base = 7
        case .network: base = 8
        case .partner: base = 9
        case .group: base = 13
        }
        return center ? base + 4 : base
    }

    static func rank(_ kind: MapNode.Kind) -> Int {
        switch kind {
        case .network: 0
        case .partner: 1
        case .group: 2
        case .community: 3
        }
    }

    public static func layout(_ graph: MapGraph) -> MapLayout {
        let count = graph.nodes.count
        let center = graph.center.flatMap { (0..<count).contains($0) ? $0 : nil }
        var positions = [MapLayout.Point](repeating: .init(x: 0, y: 0), count: count)
        var radii = [Int](repeating: 0, count: count)
        var nodeBoxes = [MapLayout.Box](repeating: .init(x: 0, y: 0, width: 0, height: 0), count: count)
        var nodeLabels = [MapLayout.Label?](repeating: nil, count: count)
        var index = BoxIndex()

        // Label texts, truncated once.
        var texts: [(text: String, width: Int, truncated: Bool)] = []
        texts.reserveCapacity(count)
        var ranks: [Int] = []
        ranks.reserveCapacity(count)
        for i in graph.nodes.indices {
            texts.append(TextWidth.truncated(graph.nodes[i].label, maxWidth: maxLabelWidth, fontSize: fontSize))
            ranks.append(rank(graph.nodes[i].kind))
        }

        var radius = 60
        if let c = center {
            let r = symbolRadius(of: graph.nodes[c].kind, center: true)
            radii[c] = r
            nodeBoxes[c] = nodeBox(x: 0, y: 0, r: r)
            index.insert(nodeBoxes[c])
            // Bold: about a tenth wider.
            var t = TextWidth.truncated(graph.nodes[c].label, maxWidth: maxCenterLabelWidth * 10 / 11, fontSize: fontSize)
            t.width = t.width * 11 / 10 + 1
            texts[c] = t
            if !t.text.isEmpty {
                // Below the centre node, centred, bold.
                let top = r + nodeMargin
                let baseline = top + labelAscent
                let box = MapLayout.Box(
                    x: -(t.width / 2) - labelPad, y: top, width: t.width + 2 * labelPad,
                    height: labelAscent + labelDescent)
                nodeLabels[c] = MapLayout.Label(x: 0, y: baseline, anchor: .middle, text: t.text, isTruncated: t.truncated, box: box)
                index.insert(box)
                radius = max(radius, box.width / 2 + 2 * rowHeight, r + 3 * rowHeight)
            } else {
                radius = max(radius, r + 3 * rowHeight)
            }
        }

        // Everyone else, by kind then graph order.
        var pending = (0..<count).filter { $0 != center }
        pending.sort { a, b in ranks[a] != ranks[b] ? ranks[a] < ranks[b] : a < b }

        // Rings: evenly spaced so that a label pointing straight outward
        // clears the next ring; planned so that each ring is filled to the
        // same share of its slots (no crowded inner ring around a lonely
        // outer one), the spare slots leaving room to dodge collisions.
        var maxExtent = 0
        for node in pending {
            let r = symbolRadius(of: graph.nodes[node].kind, center: false)
            maxExtent = max(maxExtent, r + labelGap + texts[node].width + labelPad)
        }
        let gap = max(maxExtent + 2 * nodeMargin + 13 + 6, 2 * rowHeight)
        var plan: [Int] = []  // nodes per ring
        do {
            var capacities: [Int] = []
            var total = 0, r = radius
            while total < pending.count {
                let c = capacity(radius: r)
                capacities.append(c)
                total += c
                r += gap
            }
            var cumulative = 0, given = 0
            for c in capacities {
                cumulative += c
                let upTo = (pending.count * cumulative + total / 2) / total
                plan.append(upTo - given)
                given = upTo
            }
        }

        var head = 0, ring = 0, carried = 0
        while head < pending.count {
            let capacity = capacity(radius: radius)
            let rows = capacity / 2
            let slots = ringSlots(radius: radius, rows: rows)
            let quota = ring < plan.count ? plan[ring] + carried : capacity
            let n = min(pending.count - head, capacity, quota)
            // Few nodes: spread evenly by angle; many: row by row.
            let byAngle = 3 * n <= 2 * capacity
            var used = [Bool](repeating: false, count: capacity)
            var deferred: [Int] = []
            for j in 0..<n {
                let node = pending[head + j]
                let kind = graph.nodes[node].kind
                let r = symbolRadius(of: kind, center: false)
                let preferred = byAngle ? preferredSlot(j, of: n, rows: rows) : j * capacity / n
                var placed = false
                for step in 0..<capacity {
                    // preferred, +1, −1, +2, −2, …
                    let delta = step == 0 ? 0 : (step % 2 == 1 ? (step + 1) / 2 : -(step / 2))
                    let s = ((preferred + delta) % capacity + capacity) % capacity
                    if used[s] { continue }
                    let p = slots[s]
                    let box = nodeBox(x: p.x, y: p.y, r: r)
                    if index.collides(box) { continue }
                    var label: MapLayout.Label?
                    let t = texts[node]
                    if !t.text.isEmpty {
                        let l = sideLabel(x: p.x, y: p.y, r: r, text: t, right: s < rows)
                        if index.collides(l.box) { continue }
                        label = l
                    }
                    used[s] = true
                    positions[node] = p
                    radii[node] = r
                    nodeBoxes[node] = box
                    index.insert(box)
                    if let l = label {
                        nodeLabels[node] = l
                        index.insert(l.box)
                    }
                    placed = true
                    break
                }
                if !placed { deferred.append(node) }
            }
            // Nodes that found no room go first on the next ring.
            if !deferred.isEmpty {
                var isDeferred = Set(deferred)
                let placed = pending[head..<(head + n)].filter { isDeferred.remove($0) == nil }
                pending.replaceSubrange(head..<(head + n), with: placed + deferred)
            }
            head += n - deferred.count
            carried = (ring < plan.count ? plan[ring] + carried : 0) - (n - deferred.count)
            carried = max(0, carried)
            ring += 1
            radius += gap
        }

        // Trade labels near their edge.
        var edgeLabels = [MapLayout.Label?](repeating: nil, count: graph.edges.count)
        for (e, edge) in graph.edges.enumerated() {
            guard edge.relation == .trade, let label = edge.label, !label.isEmpty,
                edge.from != edge.to, (0..<count).contains(edge.from), (0..<count).contains(edge.to)
            else { continue }
            let t = TextWidth.truncated(label, maxWidth: maxEdgeLabelWidth, fontSize: fontSize)
            if let l = placeEdgeLabel(from: positions[edge.from], to: positions[edge.to], text: t, index: index) {
                edgeLabels[e] = l
                index.insert(l.box)
            }
        }

        // Shift everything so the drawing starts at (padding, padding).
        var minX = Int.max, minY = Int.max, maxX = Int.min, maxY = Int.min
        func extend(_ b: MapLayout.Box) {
            minX = min(minX, b.x); minY = min(minY, b.y)
            maxX = max(maxX, b.maxX); maxY = max(maxY, b.maxY)
        }
        nodeBoxes.forEach(extend)
        for l in nodeLabels { if let l { extend(l.box) } }
        for l in edgeLabels { if let l { extend(l.box) } }
        if minX == Int.max { minX = 0; minY = 0; maxX = 0; maxY = 0 }
        let dx = padding - minX, dy = padding - minY
        for i in 0..<count {
            positions[i].x += dx
            positions[i].y += dy
            nodeBoxes[i] = nodeBoxes[i].offset(dx, dy)
            nodeLabels[i] = nodeLabels[i]?.offset(dx, dy)
        }
        for e in edgeLabels.indices { edgeLabels[e] = edgeLabels[e]?.offset(dx, dy) }
        return MapLayout(
            positions: positions, radii: radii, nodeBoxes: nodeBoxes, nodeLabels: nodeLabels, edgeLabels: edgeLabels,
            width: maxX - minX + 2 * padding, height: maxY - minY + 2 * padding)
    }

    /// Slots on a ring: rows `rowHeight` apart on each half.
    static func capacity(radius: Int) -> Int { 2 * max(1, 2 * radius / rowHeight) }

    static func nodeBox(x: Int, y: Int, r: Int) -> MapLayout.Box {
        let h = r + nodeMargin
        return MapLayout.Box(x: x - h, y: y - h, width: 2 * h, height: 2 * h)
    }

    /// A label to the right (text-anchor start) or left (end) of a node.
    static func sideLabel(x: Int, y: Int, r: Int, text: (text: String, width: Int, truncated: Bool), right: Bool) -> MapLayout.Label {
        let baseline = y + 4
        let boxY = baseline - labelAscent
        let h = labelAscent + labelDescent
        if right {
            let tx = x + r + labelGap
            return MapLayout.Label(
                x: tx, y: baseline, anchor: .start, text: text.text, isTruncated: text.truncated,
                box: .init(x: tx - labelPad, y: boxY, width: text.width + 2 * labelPad, height: h))
        } else {
            let tx = x - r - labelGap
            return MapLayout.Label(
                x: tx, y: baseline, anchor: .end, text: text.text, isTruncated: text.truncated,
                box: .init(x: tx - text.width - labelPad, y: boxY, width: text.width + 2 * labelPad, height: h))
        }
    }

    /// The slots of a ring: `rows` rows evenly spaced in y on the right half
    /// (top to bottom), then on the left half (bottom to top), so that slot
    /// order runs clockwise from the top.
    static func ringSlots(radius: Int, rows: Int) -> [MapLayout.Point] {
        var slots = [MapLayout.Point](repeating: .init(x: 0, y: 0), count: 2 * rows)
        let r2 = Double(radius * radius)
        for row in 0..<rows {
            let y = roundDiv((2 * row + 1 - rows) * radius, rows)
            let x = Int((r2 - Double(y * y)).squareRoot().rounded())
            slots[row] = .init(x: x, y: y)
            slots[2 * rows - 1 - row] = .init(x: -x, y: y)
        }
        return slots
    }

    /// The slot nearest to the `j`th of `n` positions evenly spread by
    /// angle clockwise from the top.
    static func preferredSlot(_ j: Int, of n: Int, rows: Int) -> Int {
        let angle = 2 * Double.pi * (Double(2 * j + 1) / Double(2 * n))  // from the top, clockwise
        let (s, c) = Trig.sinCos(angle)
        // Position: x = sin(angle), y = −cos(angle) (y grows downward).
        let y = -c
        var row = Int(((y + 1) / 2 * Double(rows)).rounded(.down))
        row = min(rows - 1, max(0, row))
        return s >= 0 ? row : 2 * rows - 1 - row
    }

    /// Integer division rounded to nearest, halves away from zero.
    static func roundDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? (2 * a + b) / (2 * b) : -((-2 * a + b) / (2 * b))
    }

    static let edgeLabelSteps: [Double] = [0.5, 0.4, 0.6, 0.3, 0.7]
    static let edgeLabelSides: [Double] = [0, 1, -1]

    /// Candidates along the edge (middle first) and to either side of it.
    static func placeEdgeLabel(
        from a: MapLayout.Point, to b: MapLayout.Point, text: (text: String, width: Int, truncated: Bool), index: BoxIndex
    ) -> MapLayout.Label? {
        let dx = Double(b.x - a.x), dy = Double(b.y - a.y)
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return nil }
        let nx = -dy / length, ny = dx / length
        let w = text.width + 2 * labelPad, h = labelAscent + labelDescent
        for t in edgeLabelSteps {
            for side in edgeLabelSides {
                let px = Double(a.x) + dx * t + nx * side * Double(h / 2 + 3)
                let py = Double(a.y) + dy * t + ny * side * Double(h / 2 + 3)
                let cx = Int(px.rounded()), cy = Int(py.rounded())
                let baseline = cy + 4
                let box = MapLayout.Box(x: cx - w / 2, y: baseline - labelAscent, width: w, height: h)
                if !index.collides(box) {
                    return MapLayout.Label(
                        x: box.x + labelPad + text.width / 2, y: baseline, anchor: .middle, text: text.text,
                        isTruncated: text.truncated, box: box)
                }
            }
        }
        return nil
    }
}

/// Boxes placed so far: a linear scan while few, then a uniform grid of
/// 64 px cells. Only answers "does anything overlap", so the grid's
/// dictionary order never matters.
struct BoxIndex {
    private(set) var boxes: [MapLayout.Box] = []
    private var cells: [Int: [Int32]] = [:]
    private static let shift = 6  // 64 px cells
    private static let linearLimit = 48

    private static func key(_ cx: Int, _ cy: Int) -> Int { (cx &+ (1 << 24)) << 26 | (cy &+ (1 << 24)) }

    mutating func insert(_ box: MapLayout.Box) {
        boxes.append(box)
        if boxes.count == Self.linearLimit {
            for (i, b) in boxes.enumerated() { addToGrid(b, Int32(i)) }
        } else if boxes.count > Self.linearLimit {
            addToGrid(box, Int32(boxes.count - 1))
        }
    }

    private mutating func addToGrid(_ b: MapLayout.Box, _ i: Int32) {
        for cy in (b.y >> Self.shift)...((b.maxY - 1) >> Self.shift) {
            for cx in (b.x >> Self.shift)...((b.maxX - 1) >> Self.shift) {
                cells[Self.key(cx, cy), default: []].append(i)
            }
        }
    }

    func collides(_ box: MapLayout.Box) -> Bool {
        if boxes.count < Self.linearLimit {
            for b in boxes where b.intersects(box) { return true }
            return false
        }
        for cy in (box.y >> Self.shift)...((box.maxY - 1) >> Self.shift) {
            for cx in (box.x >> Self.shift)...((box.maxX - 1) >> Self.shift) {
                guard let list = cells[Self.key(cx, cy)] else { continue }
                for i in list where boxes[Int(i)].intersects(box) { return true }
            }
        }
        return false
    }
}

/// Sine and cosine from their Taylor series with `+ − × ÷` only, so every
/// platform computes the same bits (libm's `sin` may differ in the last
/// place between Linux and macOS).
enum Trig {
    static func sinCos(_ x: Double) -> (sin: Double, cos: Double) {
        let twoPi = 2 * Double.pi
        var a = x - twoPi * (x / twoPi).rounded()  // −π…π
        if a > Double.pi { a -= twoPi }
        let a2 = a * a
        // sin a = a(1 − a²/(2·3)(1 − a²/(4·5)(1 − …))), to a²³/23!;
        // cos a = 1 − a²/(1·2)(1 − a²/(3·4)(1 − …)), to a²²/22!.
        var s = 0.0, c = 0.0
        var n = 22
        while n >= 2 {
            s = 1 - a2 / Double(n * (n + 1)) * s
            c = 1 - a2 / Double((n - 1) * n) * c
            n -= 2
        }
        return (a * s, c)
    }
}

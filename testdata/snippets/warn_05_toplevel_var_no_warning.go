// top-level vars are package-level: never "declared and not used"
var neverRead = 3
var (
	alsoNeverRead string
)

fmt.Println("no warning expected")

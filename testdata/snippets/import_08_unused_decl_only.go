import "strings"

// declarations only, and strings is not used: a warning, then nothing to run
type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

import "os"

// os is imported and never used: Go refuses this, minigo warns and runs it
fmt.Println("still runs")

// packages used in package-level initialisers and constants are imported too
const pause = 2 * time.Millisecond

var replacer = strings.NewReplacer("a", "4", "e", "3")
var upper = strings.ToUpper

time.Sleep(pause)
fmt.Println(replacer.Replace("leet speak"), upper("func value"), pause)

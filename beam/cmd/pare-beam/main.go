// Command pare-beam runs pare's extraction as an Apache Beam pipeline: it
// reads WARC files, JSONL files of page records ({"id","url","html"}) and
// single pages matching the --input globs, and writes one JSON record per
// page, as pare --jsonl does, to --output-SSSSS-of-NNNNN.jsonl.
//
// The same binary runs on any Beam runner:
//
//	pare-beam --input 'crawl/*.warc.gz' --output out/pages                  # in process (prism)
//	pare-beam --runner dataflow --project P --region R \
//	    --staging_location gs://B/staging --input 'gs://B/crawl/*.warc.gz' --output gs://B/out/pages
//	pare-beam --runner flink --endpoint localhost:8099 --environment_type DOCKER ...
//	pare-beam --runner spark --endpoint localhost:8099 --environment_type DOCKER ...
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	parebeam "github.com/pare-dev/pare/beam"
)

var (
	input   = flag.String("input", "", "comma-separated globs of WARC, JSONL and page files (local, gs://, s3://)")
	output  = flag.String("output", "", "prefix of the output files: PREFIX-SSSSS-of-NNNNN.jsonl")
	shards  = flag.Int("shards", 16, "number of output files")
	maxSize = flag.Int64("max_size", 32<<20, "skip pages and refuse JSONL lines larger than this many bytes")
	images  = flag.Bool("images", false, "keep images, with their alt text")
	learn   = flag.Bool("learn", true, "drop the blocks that recur on many pages of a site, as pare --jsonl does; --learn=false is pare --jsonl --no-learn")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "pare-beam: --input and --output are required")
		os.Exit(2)
	}
	p, s := beam.NewPipelineWithRoot()
	parebeam.Build(s, strings.Split(*input, ","), *output, parebeam.Options{MaxSize: *maxSize, Images: *images, Shards: *shards, Learn: *learn})
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "pare-beam:", err)
		os.Exit(1)
	}
}

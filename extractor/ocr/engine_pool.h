#pragma once
// Tesseract engines are slow to start (the model loads) and not thread-safe: each thread
// borrows one for as long as it works, and the engine goes back to the pool for the next
// page or document instead of being loaded again. The pools belong to a run's context
// (pipeline/context.h), not to the process.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ocr/tesseract_ocr.h"

namespace occx {

class EnginePool {
public:
    class Lease {
    public:
        Lease(EnginePool& pool, std::unique_ptr<TesseractEngine> engine) : pool_(pool), engine_(std::move(engine)) {}
        ~Lease() { pool_.give_back(std::move(engine_)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        TesseractEngine& engine() { return *engine_; }

    private:
        EnginePool& pool_;
        std::unique_ptr<TesseractEngine> engine_;
    };

    EnginePool(std::string language, OcrLayout layout) : language_(std::move(language)), layout_(layout) {}
    EnginePool(const EnginePool&) = delete;
    EnginePool& operator=(const EnginePool&) = delete;
    // An idle engine, or a new one; throws occx::Error when the model is missing.
    Lease borrow();

private:
    void give_back(std::unique_ptr<TesseractEngine> engine);

    std::string language_;
    OcrLayout layout_;
    std::mutex mu_;
    std::vector<std::unique_ptr<TesseractEngine>> idle_;
};

// One pool per language and layout, made when first asked for; safe to share between threads.
class OcrEngines {
public:
    EnginePool& pool(const std::string& language, OcrLayout layout);

private:
    std::mutex mu_;
    std::map<std::pair<std::string, int>, std::unique_ptr<EnginePool>> pools_;
};

}  // namespace occx
